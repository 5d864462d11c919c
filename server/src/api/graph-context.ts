/** What the routes read and change: the live corpus, and helpers to look entities up. */
import type { Corpus, ExtractPool } from "../corpus/index.js";
import type { EntityGraph } from "../graph/index.js";
import type { EntitySummary } from "../types.js";
import { NotFoundError } from "./errors.js";

export interface ApiContext {
  corpus: Corpus;
  /** Named in the GEXF meta block. */
  inputs: string[];
  /** The server's extraction workers, alive between requests: posted documents are never extracted on the thread that answers reads. */
  pool: ExtractPool;
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

/** Throws a 404 naming the route when the entity is not in the graph. */
export function requireEntity(graph: EntityGraph, route: string, id: string): EntitySummary {
  if (!graph.hasNode(id)) throw new NotFoundError(`${route}: no entity with id "${id}"`);
  return summarizeEntity(graph, id);
}
