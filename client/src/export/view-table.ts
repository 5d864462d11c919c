/** The shown part of the view as the GraphML/CSV writers' tables: shown nodes and edges, with the color, size and position drawn. */
import { entityTable, type GraphTable } from "../../../server/src/formats";
import type { EntityGraph } from "../graph";
import type { DisplayModel } from "../render";
import type { ViewerSettings } from "../settings";

export interface ViewTableOptions {
  settings: ViewerSettings;
  /** Graph units per screen pixel at the initial zoom, so sizes match the picture (as in the view's GEXF). */
  unitsPerPixel: number;
}

/** The view's nodes and edges (filters, top N and hidden entities applied), with their on-screen look. */
export function viewTable(graph: EntityGraph, model: DisplayModel, { settings, unitsPerPixel }: ViewTableOptions): GraphTable {
  const { index, mapping, visibility } = model;
  return entityTable(graph, {
    includeNode: (node) => !visibility.hiddenNodes.has(node),
    includeEdge: (edge) => !visibility.hiddenEdges.has(edge),
    nodeDisplay: (node, a) => {
      const position = index.nodePosition.get(node) ?? -1;
      return {
        x: a.x ?? 0,
        y: a.y ?? 0,
        size: (mapping.nodeSize[position] ?? settings.nodeSizeRange[0]) * unitsPerPixel,
        color: mapping.nodeColor[position] ?? settings.otherCommunityColor,
      };
    },
    edgeDisplay: (_edge, a) => ({ color: settings.edgeColor, thickness: mapping.edgeSize(a.weight) }),
    description: `${graph.getAttribute("name") ?? "entente"}: the view as shown in entente (${visibility.shownNodes} of ${visibility.totalNodes} entities)`,
  });
}
