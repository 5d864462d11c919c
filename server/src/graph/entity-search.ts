/** Full-text search over entity labels and aliases (MiniSearch). */
import MiniSearch from "minisearch";
import type { EntityType } from "../types.js";
import type { EntityGraph } from "./entity-graph.js";
import { fold } from "./fold.js";

interface IndexedEntity {
  id: string;
  label: string;
  aliases: string;
  type: EntityType;
  mentions: number;
}

export interface EntitySearchHit {
  id: string;
  score: number;
}

/** A search index kept beside the graph; rebuild or update it when the graph changes. */
export class EntitySearchIndex {
  private index = new MiniSearch<IndexedEntity>({
    fields: ["label", "aliases"],
    storeFields: ["type", "mentions", "label"],
    processTerm: (term) => fold(term),
    // Split on anything that is not a letter or digit, so "Al-Assad" matches "assad".
    tokenize: (text) => text.split(/[^\p{L}\p{N}]+/u).filter(Boolean),
  });

  constructor(graph: EntityGraph) {
    this.index.addAll(
      graph.mapNodes((id, a) => ({ id, label: a.label, aliases: a.aliases.join(" | "), type: a.type, mentions: a.mentions })),
    );
  }

  /**
   * Entities matching every word of the query by prefix (and, for longer words,
   * with one typo), best first: exact label matches, then relevance weighted by
   * how often the entity is mentioned.
   */
  search(query: string, type?: EntityType): EntitySearchHit[] {
    const q = fold(query).trim();
    if (!q) return [];
    const hits = this.index.search(q, {
      prefix: true,
      fuzzy: (term) => (term.length > 4 ? 1 : 0),
      combineWith: "AND",
      boost: { label: 2 },
      filter: type ? (r) => r.type === type : undefined,
      boostDocument: (_id, _term, stored) => 1 + Math.log1p(Number(stored?.mentions ?? 0)),
    });
    return hits
      .map((h) => ({ id: String(h.id), score: h.score * (fold(String(h.label)) === q ? 10 : 1) }))
      .sort((a, b) => b.score - a.score);
  }
}
