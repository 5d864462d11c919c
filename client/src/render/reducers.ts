/**
 * Sigma reducers: the only place display data is decided. They read the graph's attributes and the
 * viewer state, and never write either.
 */
import type { EdgeReducer, NodeReducer } from "sigma/types";
import type { EdgeAttributes, EntityAttributes, GraphAttributes } from "../../../server/src/types";
import type { ViewerSettings } from "../settings";
import type { ViewerState } from "../state";
import type { VisualMapping } from "./mapping";

type EntityNodeReducer = NodeReducer<EntityAttributes, EdgeAttributes, GraphAttributes>;
type EntityEdgeReducer = EdgeReducer<EntityAttributes, EdgeAttributes, GraphAttributes>;

/** The depth layer, drawn last, that holds every node label (declared in render/index.ts). */
export const LABEL_DEPTH = "labels";

/** Hovered nodes grow a little so the pointer target is obvious. */
const HOVER_GROWTH = 1.2;

export function createNodeReducer(state: ViewerState, mapping: VisualMapping, settings: ViewerSettings): EntityNodeReducer {
  return (key, _data, attributes, nodeState) => {
    const size = mapping.nodeSize(key) * (nodeState.isHovered ? HOVER_GROWTH : 1);
    const base = {
      label: attributes.label,
      size,
      color: settings.typeColors[attributes.type],
      labelColor: settings.labelColor,
      labelSize: settings.labelSize,
      labelFont: settings.labelFont,
      labelDepth: LABEL_DEPTH,
    };
    const { selected, neighbors } = state.get();
    if (selected === null) return base;
    if (key === selected) {
      return { ...base, highlighted: true, labelVisibility: "visible", depth: "topNodes", zIndex: 2 };
    }
    // Neighbors keep sigma's label grid: forcing all their labels overlaps them on hubs.
    if (neighbors.has(key)) return { ...base, depth: "topNodes", zIndex: 1 };
    // Hovering a dimmed node still names it; everything else recedes.
    if (nodeState.isHovered) return base;
    return { ...base, color: settings.dimmedNodeColor, labelVisibility: "hidden" };
  };
}

export function createEdgeReducer(state: ViewerState, mapping: VisualMapping, settings: ViewerSettings): EntityEdgeReducer {
  return (key, _data, attributes, _edgeState, _graphState, graph) => {
    const base = { size: mapping.edgeSize(attributes.weight), color: settings.edgeColor };
    const { selected, evidenceWith } = state.get();
    if (selected === null) return base;
    const [source, target] = graph.extremities(key);
    if (source !== selected && target !== selected) return { ...base, color: settings.dimmedEdgeColor };
    const other = source === selected ? target : source;
    const color = other === evidenceWith ? settings.typeColors[graph.getNodeAttribute(selected, "type")] : settings.highlightedEdgeColor;
    return { ...base, color, depth: "topEdges" };
  };
}
