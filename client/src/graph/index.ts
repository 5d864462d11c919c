/** The graph the viewer works on: built from the API payload, indexed once for filters and mapping. */
export { buildGraph, type EntityGraph } from "./build-graph";
export { indexGraph, type GraphIndex } from "./graph-index";
export { allShown, viewSubgraph, type ShownItems, type ViewGraph } from "./view-graph";
