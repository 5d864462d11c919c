/** The graph type entente works with: an undirected, simple graph of entities. */
import Graph from "graphology";
import type { EdgeAttributes, EntityAttributes, GraphAttributes } from "../types.js";

export type EntityGraph = Graph<EntityAttributes, EdgeAttributes, GraphAttributes>;

/** Creates an empty entity graph. */
export function createEntityGraph(): EntityGraph {
  return new Graph<EntityAttributes, EdgeAttributes, GraphAttributes>({
    type: "undirected",
    multi: false,
    allowSelfLoops: false,
  });
}

/** Edge key of an unordered pair: the two ids sorted, so a pair has one key. */
export function edgeKey(a: string, b: string): string {
  return a < b ? `${a}|${b}` : `${b}|${a}`;
}
