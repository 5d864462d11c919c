/**
 * GEXF of the current filtered view, written in the browser: the shown nodes and edges with their
 * on-screen colors, sizes and positions, so Gephi opens it laid out as on screen.
 */
import Graph from "graphology";
import write from "graphology-gexf/browser/writer.js";
import { xmlSafe } from "../../../server/src/safe-text";
import type { EntityGraph } from "../graph";
import type { DisplayModel } from "../render";
import type { ViewerSettings } from "../settings";

/** graphology-gexf 0.13 declares the 1.2 viz namespace with a typo (three slashes, 1.1draft). */
const BROKEN_VIZ_NAMESPACE = 'xmlns:viz="http:///www.gexf.net/1.1draft/viz"';
export const VIZ_NAMESPACE_1_2 = "http://www.gexf.net/1.2draft/viz";

/** Replaces the writer's malformed viz namespace with the one GEXF 1.2draft defines. */
export function fixVizNamespace(xml: string): string {
  return xml.replace(BROKEN_VIZ_NAMESPACE, `xmlns:viz="${VIZ_NAMESPACE_1_2}"`);
}

export interface ViewGexfOptions {
  settings: ViewerSettings;
  /** Graph units per screen pixel at the initial zoom, so Gephi's sizes match the picture. */
  unitsPerPixel: number;
}

/** Writes the shown part of `graph` as GEXF 1.2draft with viz color, size and position. */
export function writeViewGexf(graph: EntityGraph, model: DisplayModel, { settings, unitsPerPixel }: ViewGexfOptions): string {
  const view = new Graph({ type: "undirected" });
  view.replaceAttributes({ creator: "entente", description: `${graph.getAttribute("name") ?? "entente"}: filtered view` });
  const { index, mapping, visibility } = model;
  graph.forEachNode((node, attributes) => {
    if (visibility.hiddenNodes.has(node)) return;
    const position = index.nodePosition.get(node) ?? -1;
    view.addNode(node, {
      label: attributes.label,
      x: attributes.x ?? 0,
      y: attributes.y ?? 0,
      size: (mapping.nodeSize[position] ?? settings.nodeSizeRange[0]) * unitsPerPixel,
      color: mapping.nodeColor[position] ?? settings.otherCommunityColor,
      type: attributes.type,
      mentions: attributes.mentions,
      documents: attributes.documents,
      aliases: attributes.aliases.join("; "),
    });
  });
  graph.forEachEdge((edge, attributes, source, target) => {
    if (visibility.hiddenEdges.has(edge)) return;
    view.addEdgeWithKey(edge, source, target, {
      weight: attributes.weight,
      documents: attributes.documents,
      npmi: attributes.npmi,
      color: settings.edgeColor,
      thickness: mapping.edgeSize(attributes.weight),
    });
  });
  // Same XML 1.0 filter as the server's writer: graphology-gexf passes control characters through.
  return xmlSafe(fixVizNamespace(write(view, { version: "1.2" })));
}
