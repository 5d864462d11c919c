/** Keys used to match short forms to long ones: folded words, and the initials an acronym would spell. */
import { foldText } from "./entity-id.js";
import { NAME_CONNECTORS, NAME_PARTICLE_PREFIX, NAME_SUFFIXES } from "./lexicon/index.js";
import { isLexiconCommonWord, isLexiconDemonym, isLexiconFirstName, isLexiconJobNoun } from "./compromise-lexicon.js";

/** Folded words of a label, without particles and punctuation; a hyphenated word stays one ("jean-pierre"). */
export function nameWords(label: string): string[] {
  return foldText(label)
    .split(/\s+/)
    .map((w) => w.replace(/[^a-z0-9-]/g, ""))
    .filter((w) => w && !NAME_CONNECTORS.has(w));
}

/** The words a single-word mention may match in a full name: first, last, and the last without its particle ("al-Abadi" -> "abadi"). */
export function matchKeys(label: string): string[] {
  const words = nameWords(label);
  // "Charles H. Keating IV" is "Keating" later on.
  while (words.length > 2 && NAME_SUFFIXES.has(words[words.length - 1])) words.pop();
  if (words.length < 2) return [];
  const last = words[words.length - 1];
  // A first word that is an ordinary word ("New Yorker Dick Morris") is no first name to match "New" by.
  const keys = isLexiconCommonWord(words[0]) ? [last] : [words[0], last];
  const bare = last.replace(NAME_PARTICLE_PREFIX, "");
  if (bare !== last) keys.push(bare);
  return keys;
}

/** An acronym without dots, uppercased: "U.N." -> "UN". */
export function acronymKey(text: string): string {
  return text.replace(/[.\s]/g, "").toUpperCase();
}

/** Whether a label is written as an acronym ("SDF", "U.N.", "CJTF-OIR"). */
export function looksLikeAcronym(label: string): boolean {
  return /^[\p{Lu}\d.&-]+$/u.test(label) && (label.match(/\p{Lu}/gu)?.length ?? 0) >= 2;
}

/** The initials of a long name's capitalized words ("Shanghai Cooperation Organization" -> "SCO"); "" when under two. */
export function initialsOf(label: string): string {
  const words = label.split(/[\s-]+/).filter((w) => /^\p{Lu}/u.test(w));
  return words.length >= 2 ? words.map((w) => w[0]).join("").toUpperCase() : "";
}

/**
 * Whether a full name looks enough like a person's to stand for bare words in other documents:
 * no demonym or job noun ("European Elvis", "Hollywood Reporter"), and no ordinary word
 * ("Apple Insider", "But Rover") except a surname after a known first name ("Gordon Brown").
 */
export function looksLikePersonName(label: string): boolean {
  const words = label.split(/\s+/).map((w) => w.replace(/[^\p{L}'’-]/gu, "")).filter((w) => w && !NAME_CONNECTORS.has(w.toLowerCase()) && !/^\p{Lu}$/u.test(w));
  if (words.length < 2) return false;
  return words.every((w, i) => {
    if (isLexiconDemonym(w) || isLexiconJobNoun(w)) return false;
    if (!isLexiconCommonWord(w)) return true;
    return i === words.length - 1 && isLexiconFirstName(words[0]);
  });
}
