/**
 * Merges entities across documents, the last step of `resolveCorpus` (index.ts): a bare "Putin" in one
 * article becomes the "Vladimir Putin" of another, an acronym its long form, as corpus-merges.ts decides
 * document by document. Identical canonical names already share an id; a country never merges with a
 * person or organization, so the person "Jordan" and the country "Jordan" stay apart.
 */
import type { ExtractedDocument, ExtractedEntity } from "../types.js";
import { entityId } from "./entity-id.js";
import { splitPairedMentions } from "./split-paired-mentions.js";
import { corpusMerges } from "./corpus-merges.js";
import { addTo } from "./corpus-entities.js";

/** Rewrites each document's mentions and entities after the corpus merges; aliases are merged into the target. */
export function mergeAcrossDocuments(input: ExtractedDocument[]): ExtractedDocument[] {
  const docs = splitPairedMentions(input);
  const byDoc = corpusMerges(docs);
  const aliases = new Map<string, Set<string>>();
  for (const [i, d] of docs.entries()) {
    for (const e of Object.values(d.entities)) {
      const id = byDoc[i].get(e.id)?.id ?? e.id;
      for (const a of e.aliases) addTo(aliases, id, a);
    }
  }
  return docs.map((d, i) => {
    const merges = byDoc[i];
    const entities: Record<string, ExtractedEntity> = {};
    const mentions = d.mentions.map((m) => {
      const to = merges.get(m.entity);
      const own = d.entities[m.entity];
      const target = to ?? own;
      const id = to ? to.id : m.entity;
      entities[id] ??= { id, label: target.label, type: target.type, aliases: [...(aliases.get(id) ?? [])] };
      return to ? { ...m, entity: entityId(to.type, to.label) } : m;
    });
    return { ...d, mentions, entities };
  });
}
