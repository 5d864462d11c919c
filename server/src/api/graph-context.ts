/** What the routes read: the graph, its search index, and the inputs it came from. */
import { EntitySearchIndex, type EntityGraph } from "../graph/index.js";
import type { EntitySummary } from "../types.js";
import { NotFoundError } from "./errors.js";

export interface GraphContext {
  graph: EntityGraph;
  search: EntitySearchIndex;
  inputs: string[];
}

export function createGraphContext(graph: EntityGraph, inputs: string[]): GraphContext {
  return { graph, search: new EntitySearchIndex(graph), inputs };
}

/** The public summary of one entity. */
export function summarizeEntity(graph: EntityGraph, id: string): EntitySummary {
  const a = graph.getNodeAttributes(id);
  return {
    id,
    label: a.label,
    type: a.type,
    mentions: a.mentions,
    documents: a.documents,
    degree: graph.degree(id),
    aliases: a.aliases,
  };
}

/** Throws a 404 naming the route when the entity is unknown. */
export function requireEntity(ctx: GraphContext, route: string, id: string): EntitySummary {
  if (!ctx.graph.hasNode(id)) throw new NotFoundError(`${route}: no entity with id "${id}"`);
  return summarizeEntity(ctx.graph, id);
}
