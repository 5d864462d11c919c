/** Indexes over the entities of a corpus, shared by the steps that resolve across documents. */
import type { ExtractedDocument, ExtractedEntity, Mention } from "../types.js";
import { matchKeys } from "./name-keys.js";

/** Every entity of the documents by id, as the first document naming it has it. */
export function entityDirectory(docs: ExtractedDocument[]): Map<string, ExtractedEntity> {
  const all = new Map<string, ExtractedEntity>();
  for (const d of docs) for (const e of Object.values(d.entities)) if (!all.has(e.id)) all.set(e.id, e);
  return all;
}

/** Person ids by each word a one-word mention may match in their full name (`matchKeys`). */
export function personsByWord(entities: Iterable<ExtractedEntity>): Map<string, Set<string>> {
  const byWord = new Map<string, Set<string>>();
  for (const e of entities) {
    if (e.type !== "person") continue;
    for (const w of matchKeys(e.label)) byWord.set(w, (byWord.get(w) ?? new Set()).add(e.id));
  }
  return byWord;
}

/** Adds `value` to the set kept at `key`, making the set on first use. */
export function addTo<K, V>(map: Map<K, Set<V>>, key: K, value: V): void {
  let set = map.get(key);
  if (!set) map.set(key, (set = new Set()));
  set.add(value);
}

/** The document with the mentions `keep` accepts and the entities they still name; the document itself when all are kept. */
export function keepMentions(d: ExtractedDocument, keep: (m: Mention) => boolean): ExtractedDocument {
  const mentions = d.mentions.filter(keep);
  if (mentions.length === d.mentions.length) return d;
  const named = new Set(mentions.map((m) => m.entity));
  return { ...d, mentions, entities: Object.fromEntries(Object.entries(d.entities).filter(([id]) => named.has(id))) };
}
