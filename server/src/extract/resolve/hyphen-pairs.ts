/** Hyphen-joined names of two known people ("the Putin-Xi meeting", "Vladimir Putin-Xi Jinping"), split into one span each before resolution. */
import type { Span } from "../spans.js";
import { nameWords } from "../name-keys.js";
import { NAME_PARTICLES } from "../lexicon/index.js";

/** Splits each pair whose halves are both known people, of this document or of the corpus; other hyphenated names stay whole. */
export function splitHyphenatedPairs(spans: Span[], persons: Map<string, Set<string>>, corpus?: Map<string, Set<string>>): Span[] {
  const knownIn = (index: Map<string, Set<string>>, words: string[]): boolean => index.get(words[words.length - 1])?.size === 1 || index.get(words[0])?.size === 1;
  const known = (part: string): boolean => {
    const words = nameWords(part);
    return words.length > 0 && (knownIn(persons, words) || (corpus !== undefined && knownIn(corpus, words)));
  };
  return spans.flatMap((s) => {
    if (s.kind !== "person" && s.kind !== "unknown") return [s];
    // The left part ends in a name, not a particle: "Bashar al-Assad", "Saud Al-Faisal" are one name each.
    const m = /^(.*\p{Lu}\p{L}*)-(\p{Lu}.*)$/u.exec(s.label);
    if (!m || NAME_PARTICLES.has(m[1].split(/\s+/).pop()!.toLowerCase()) || !known(m[1]) || !known(m[2])) return [s];
    const cut = s.start + m[1].length;
    return [
      { ...s, kind: "person" as const, end: cut, label: m[1] },
      { ...s, kind: "person" as const, start: cut + 1, label: m[2] },
    ];
  });
}
