/** The entities an ingested document brought into the graph, as the ingestion routes answer them. */
import type { EntityType } from "../../types.js";
import type { ApiContext } from "../graph-context.js";

/** The entities document `id` mentions, after resolution and curation, that are nodes of the graph. */
export function addedEntities(ctx: ApiContext, id: string): { id: string; label: string; type: EntityType }[] {
  const graph = ctx.corpus.graph;
  const ids = new Set(ctx.corpus.curatedDocument(id)?.mentions.map((m) => m.entity));
  return [...ids]
    .filter((entity) => graph.hasNode(entity))
    .map((entity) => {
      const a = graph.getNodeAttributes(entity);
      return { id: entity, label: a.label, type: a.type };
    });
}
