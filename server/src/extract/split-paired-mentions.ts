/**
 * Splits a hyphen-joined pair of surnames ("Putin-Xi video talks") into a mention of each
 * person, across a corpus: each half must be a word of exactly one full name known in the
 * corpus. `resolveCorpus` already splits them while it resolves each document again with the
 * corpus's names; a document stored without its spans (by an older entente) meets them only here.
 */
import type { ExtractedDocument, ExtractedEntity, Mention } from "../types.js";
import { foldText } from "./entity-id.js";
import { entityDirectory, personsByWord } from "./corpus-entities.js";

const PAIR = /^(\p{L}+)-(\p{L}+)$/u;

export function splitPairedMentions(docs: ExtractedDocument[]): ExtractedDocument[] {
  const directory = entityDirectory(docs);
  const byWord = personsByWord(directory.values());
  const personFor = (word: string): ExtractedEntity | undefined => {
    const ids = byWord.get(foldText(word));
    return ids?.size === 1 ? directory.get([...ids][0]) : undefined;
  };
  return docs.map((d) => {
    const mentions: Mention[] = [];
    for (const m of d.mentions) {
      const pair = m.type === "person" ? PAIR.exec(m.text) : null;
      // "Jean-Pierre" is one surname when a known full name has it as a word.
      const a = pair && !byWord.has(foldText(m.text)) ? personFor(pair[1]) : undefined;
      const b = pair && a ? personFor(pair[2]) : undefined;
      if (!pair || !a || !b || a.id === b.id) {
        mentions.push(m);
        continue;
      }
      const cut = m.start + pair[1].length;
      mentions.push({ ...m, end: cut, text: pair[1], entity: a.id }, { ...m, start: cut + 1, text: pair[2], entity: b.id });
    }
    if (mentions.length === d.mentions.length) return d;
    const used = new Set(mentions.map((m) => m.entity));
    const entities: Record<string, ExtractedEntity> = {};
    for (const id of used) entities[id] = d.entities[id] ?? { ...directory.get(id)!, aliases: [] };
    return { ...d, mentions, entities };
  });
}
