/** The subgraph of what is shown: Louvain and the layout work on the view, not on the hidden rest. */
import Graph from "graphology";
import type { GraphIndex } from "./graph-index";

/** Shown nodes and edges (by GraphIndex position) as a weighted undirected graph of their own. */
export interface ShownItems {
  nodeShown: Uint8Array;
  edgeShown: Uint8Array;
}

export type ViewGraph = Graph<{ x: number; y: number }, { weight: number }>;

/**
 * Copies the shown part of the graph with x/y (when `position` is given) and edge weights. A copy,
 * not a view: graphology has no live subgraph, and the FA2 worker needs a graph it may write to.
 */
export function viewSubgraph(
  index: GraphIndex,
  shown: ShownItems,
  position: (node: string) => { x: number; y: number } = () => ({ x: 0, y: 0 }),
): ViewGraph {
  const view: ViewGraph = new Graph({ type: "undirected", multi: false, allowSelfLoops: false });
  index.nodes.forEach((node, i) => {
    if (shown.nodeShown[i]) view.addNode(node, { ...position(node) });
  });
  index.edges.forEach((edge, e) => {
    if (shown.edgeShown[e]) view.addEdgeWithKey(edge, index.nodes[index.edgeSource[e]], index.nodes[index.edgeTarget[e]], { weight: index.edgeWeight[e] });
  });
  return view;
}

/** Everything shown: what callers without filters (tests, exports of the whole graph) pass. */
export function allShown(index: GraphIndex): ShownItems {
  return { nodeShown: new Uint8Array(index.nodes.length).fill(1), edgeShown: new Uint8Array(index.edges.length).fill(1) };
}
