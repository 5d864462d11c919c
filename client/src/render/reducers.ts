/**
 * Sigma reducers: the only place display data is decided. They read the graph's attributes and
 * the display model, and never write either. Each call is a few Map/Set lookups: no allocation
 * of derived data, no graph traversal, so panning and refreshing big graphs stay cheap.
 */
import type { EdgeReducer, NodeReducer } from "sigma/types";
import type { EdgeAttributes, EntityAttributes, GraphAttributes } from "../../../server/src/types";
import type { ViewerSettings } from "../settings";
import type { DisplayModel } from "./display-model";

type EntityNodeReducer = NodeReducer<EntityAttributes, EdgeAttributes, GraphAttributes>;
type EntityEdgeReducer = EdgeReducer<EntityAttributes, EdgeAttributes, GraphAttributes>;

/** The depth layer, drawn last, that holds every node label (declared in render/index.ts). */
export const LABEL_DEPTH = "labels";

/** Hovered nodes grow a little so the pointer target is obvious. */
const HOVER_GROWTH = 1.2;
/** Path edges are drawn at least this thick (px) so a weak hop still reads as part of the path. */
const PATH_EDGE_MIN_SIZE = 3;

const HIDDEN = { visibility: "hidden" } as const;

export function createNodeReducer(model: () => DisplayModel, settings: ViewerSettings): EntityNodeReducer {
  return (key, _data, attributes, nodeState) => {
    const { index, mapping, visibility, focus, focusNeighbors, selected, path } = model();
    // A path is shown whatever the filters hide: its hops are the answer the user asked for.
    if (visibility.hiddenNodes.has(key) && !path?.nodes.has(key)) return HIDDEN;
    const position = index.nodePosition.get(key) ?? -1;
    const base = {
      // The label goes to WebGL glyphs as text: markup in a label is drawn, never parsed.
      label: attributes.label,
      size: (mapping.nodeSize[position] ?? settings.nodeSizeRange[0]) * (nodeState.isHovered ? HOVER_GROWTH : 1),
      color: mapping.nodeColor[position] ?? settings.otherCommunityColor,
      labelColor: settings.labelColor,
      labelSize: settings.labelSize,
      labelFont: settings.labelFont,
      labelDepth: LABEL_DEPTH,
    };
    if (path !== null) {
      if (path.nodes.has(key)) return { ...base, highlighted: true, labelVisibility: "visible", depth: "topNodes", zIndex: 2 };
      if (nodeState.isHovered) return base;
      return { ...base, color: settings.dimmedNodeColor, labelVisibility: "hidden" };
    }
    if (focus === null) return base;
    if (key === focus || key === selected) {
      return { ...base, highlighted: true, labelVisibility: "visible", depth: "topNodes", zIndex: 2 };
    }
    // Neighbors keep sigma's label grid: forcing all their labels overlaps them on hubs.
    if (focusNeighbors.has(key)) return { ...base, depth: "topNodes", zIndex: 1 };
    return { ...base, color: settings.dimmedNodeColor, labelVisibility: "hidden" };
  };
}

export function createEdgeReducer(model: () => DisplayModel, settings: ViewerSettings): EntityEdgeReducer {
  return (key, _data, attributes, _edgeState, _graphState, graph) => {
    const { mapping, visibility, focus, selected, evidenceWith, path } = model();
    if (visibility.hiddenEdges.has(key) && !path?.edges.has(key)) return HIDDEN;
    const size = mapping.edgeSize(attributes.weight);
    if (path !== null) {
      if (path.edges.has(key)) return { size: Math.max(size, PATH_EDGE_MIN_SIZE), color: settings.pathColor, depth: "topEdges" };
      return { size, color: settings.dimmedEdgeColor };
    }
    if (focus === null) return { size, color: settings.edgeColor };
    const [source, target] = graph.extremities(key);
    if (source !== focus && target !== focus) return { size, color: settings.dimmedEdgeColor };
    const other = source === focus ? target : source;
    const isEvidence = focus === selected && other === evidenceWith;
    return { size, color: isEvidence ? settings.pathColor : settings.highlightedEdgeColor, depth: "topEdges" };
  };
}
