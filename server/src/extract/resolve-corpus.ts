/**
 * Merges entities across documents, the last step of `resolveCorpus` (index.ts): a bare
 * "Putin" in one article becomes the "Vladimir Putin" of another when exactly one full
 * name fits, and an acronym becomes the one long name that is defined with it or spells it elsewhere.
 * Identical canonical names already share an id; types never mix, so the person
 * "Jordan" and the country "Jordan" stay apart.
 */
import type { ExtractedDocument, ExtractedEntity } from "../types.js";
import { entityId } from "./entity-id.js";
import { entityDirectory, personsByWord } from "./corpus-entities.js";
import { acronymKey, initialsOf, looksLikeAcronym, looksLikePersonName, nameWords } from "./name-keys.js";
import { splitPairedMentions } from "./split-paired-mentions.js";
import { enoughEvidence } from "./known-names.js";
import { isLexiconCommonWord } from "./compromise-lexicon.js";

/** Adds `value` to the set at `key`. */
function addTo(map: Map<string, Set<string>>, key: string, value: string): void {
  if (!map.has(key)) map.set(key, new Set());
  map.get(key)!.add(value);
}

/** Maps entity ids that should be merged to the id they merge into. */
export function corpusMerges(docs: ExtractedDocument[]): Map<string, ExtractedEntity> {
  const all = entityDirectory(docs);
  // Only full names that look like a person's may absorb bare words from other documents.
  const persons = personsByWord([...all.values()].filter((e) => e.type === "person" && looksLikePersonName(e.label)));
  const orgsByAcronym = new Map<string, Set<string>>();
  for (const e of all.values()) {
    if (e.type === "organization" && !looksLikeAcronym(e.label)) {
      const keys = new Set([initialsOf(e.label), ...e.aliases.filter(looksLikeAcronym).map(acronymKey)]);
      for (const k of keys) if (k) addTo(orgsByAcronym, k, e.id);
    }
  }
  // Documents per entity: a bare name merges only into a full name seen in enough documents
  // (`enoughEvidence`: "Passion Oscar" once must not absorb sixty bare "Oscar"s).
  const documents = new Map<string, number>();
  for (const d of docs) for (const id of Object.keys(d.entities)) documents.set(id, (documents.get(id) ?? 0) + 1);
  const merges = new Map<string, ExtractedEntity>();
  for (const e of all.values()) {
    let target: Set<string> | undefined;
    // A one-word person merges into the one full name it is a word of, unless it is an ordinary word ("Labour", "Open").
    if (e.type === "person" && nameWords(e.label).length === 1 && !isLexiconCommonWord(e.label)) target = persons.get(nameWords(e.label)[0]);
    if (e.type === "organization" && looksLikeAcronym(e.label)) target = orgsByAcronym.get(acronymKey(e.label));
    if (target?.size === 1) {
      const to = all.get([...target][0])!;
      const evident = e.type !== "person" || enoughEvidence(documents.get(to.id) ?? 0, documents.get(e.id) ?? 0);
      if (to.id !== e.id && evident) merges.set(e.id, to);
    }
  }
  return merges;
}

/** Rewrites each document's mentions and entities after the corpus merges; aliases are merged into the target. */
export function mergeAcrossDocuments(input: ExtractedDocument[]): ExtractedDocument[] {
  const docs = splitPairedMentions(input);
  const merges = corpusMerges(docs);
  const aliases = new Map<string, Set<string>>();
  for (const d of docs) {
    for (const e of Object.values(d.entities)) {
      const id = merges.get(e.id)?.id ?? e.id;
      for (const a of e.aliases) addTo(aliases, id, a);
    }
  }
  return docs.map((d) => {
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
