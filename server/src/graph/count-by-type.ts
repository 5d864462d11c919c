/** Entities of a graph counted by type, for summaries. */
import type { EntityType } from "../types.js";
import type { EntityGraph } from "./entity-graph.js";

export function countByType(graph: EntityGraph): Record<EntityType, number> {
  const counts: Record<EntityType, number> = { person: 0, country: 0, organization: 0 };
  graph.forEachNode((_id, a) => counts[a.type]++);
  return counts;
}
