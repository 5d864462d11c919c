/**
 * GEXF of the current filtered view, written in the browser: the shown nodes and edges with their
 * on-screen colors, sizes and positions, so Gephi opens it laid out as on screen.
 */
import Graph from "graphology";
import write from "graphology-gexf/browser/writer.js";
import type { Value } from "../../../server/src/formats";
import { xmlSafe } from "../../../server/src/safe-text";
import type { EntityGraph } from "../graph";
import type { DisplayModel } from "../render";
import { viewTable, type ViewTableOptions } from "./view-table";

/** graphology-gexf 0.13 declares the 1.2 viz namespace with a typo (three slashes, 1.1draft). */
const BROKEN_VIZ_NAMESPACE = 'xmlns:viz="http:///www.gexf.net/1.1draft/viz"';
export const VIZ_NAMESPACE_1_2 = "http://www.gexf.net/1.2draft/viz";

/** Replaces the writer's malformed viz namespace with the one GEXF 1.2draft defines. */
export function fixVizNamespace(xml: string): string {
  return xml.replace(BROKEN_VIZ_NAMESPACE, `xmlns:viz="${VIZ_NAMESPACE_1_2}"`);
}

export type ViewGexfOptions = ViewTableOptions;

/** Drops absent values: graphology-gexf would write `undefined` as an attribute's text. */
function present(values: Record<string, Value>): Record<string, string | number | boolean> {
  return Object.fromEntries(Object.entries(values).filter((entry): entry is [string, string | number | boolean] => entry[1] !== undefined));
}

/**
 * Writes the shown part of `graph` as GEXF 1.2draft with viz color, size and position: the rows
 * of `viewTable`, as the view's GraphML and CSV, so every export of the view shows the same items
 * with the same look (graphology-gexf takes `x`, `y`, `size`, `color` and `thickness` as viz).
 */
export function writeViewGexf(graph: EntityGraph, model: DisplayModel, options: ViewGexfOptions): string {
  const view = new Graph({ type: "undirected" });
  view.replaceAttributes({ creator: "entente", description: `${graph.getAttribute("name") ?? "entente"}: filtered view` });
  const table = viewTable(graph, model, options);
  for (const node of table.nodes) view.addNode(node.id, present(node.values));
  for (const edge of table.edges) view.addEdgeWithKey(edge.id, edge.source, edge.target, present(edge.values));
  // Same XML 1.0 filter as the server's writer: graphology-gexf passes control characters through.
  return xmlSafe(fixVizNamespace(write(view, { version: "1.2" })));
}
