/** The most mentioned entities of each type with the names they were seen under: a corpus checked at a glance (`entente top`). */
import type { EntityType } from "../types.js";
import { ENTITY_TYPES } from "../types.js";
import type { EntityGraph } from "./entity-graph.js";

export interface TopEntity {
  id: string;
  label: string;
  mentions: number;
  documents: number;
  /** Surface forms other than the label, most telling first (longest). */
  aliases: string[];
}

export const TOP_DEFAULTS = { limit: 40 };

/**
 * The `limit` entities of each type with the most mentions (ties by documents, then label), hidden ones
 * excluded since the graph holds only what curation kept. An analyst reads it to spot a club typed as a
 * person or "Blair" split from "Tony Blair" before trusting the picture.
 */
export function topEntities(graph: EntityGraph, limit = TOP_DEFAULTS.limit, types: readonly EntityType[] = ENTITY_TYPES): Record<EntityType, TopEntity[]> {
  const out = { person: [], country: [], organization: [] } as Record<EntityType, TopEntity[]>;
  graph.forEachNode((id, a) => {
    if (!types.includes(a.type)) return;
    const aliases = a.aliases.filter((x) => x !== a.label).sort((x, y) => y.length - x.length || x.localeCompare(y));
    out[a.type].push({ id, label: a.label, mentions: a.mentions, documents: a.documents, aliases });
  });
  for (const t of ENTITY_TYPES) {
    out[t].sort((x, y) => y.mentions - x.mentions || y.documents - x.documents || x.label.localeCompare(y.label));
    out[t] = out[t].slice(0, limit);
  }
  return out;
}
