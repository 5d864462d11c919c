/** The strongest chain of co-occurrences between two entities. */
import { bidirectional } from "graphology-shortest-path/dijkstra";
import type { EdgeAttributes } from "../types.js";
import type { EntityGraph } from "./entity-graph.js";

/**
 * Shortest path where an edge's length is 1 / weight, so a pair named together
 * in many sentences is "closer" than a pair named together once. Returns the
 * node ids from `source` to `target`, or [] when they are not connected.
 */
export function strongestPath(graph: EntityGraph, source: string, target: string): string[] {
  if (source === target) return [source];
  const path = bidirectional(graph, source, target, (_edge: string, attr: EdgeAttributes) => 1 / attr.weight);
  return path ?? [];
}
