/** Small predicates on a term's spelling and tags, shared by the steps. */
import type { Term } from "./parse-terms.js";
import { NAME_PARTICLES } from "./lexicon/index.js";

/** The term without a trailing possessive or lowercase hyphen suffix ("Russia’s" -> "Russia", "U.S.-led" -> "U.S."). */
export function bareText(term: Term): string {
  const t = term.text;
  // Most terms hold no apostrophe and no hyphen: the two replaces below are the extractor's most called code.
  if (!/['’-]/.test(t)) return t;
  return t.replace(/['’]s?$/, "").replace(/(?<=\S)-\p{Ll}[\p{Ll}-]*$/u, "");
}

/** End offset of the term without its possessive. */
export function bareEnd(term: Term): number {
  return term.start + bareText(term).length;
}

export function isPossessive(term: Term): boolean {
  return /\p{L}['’]s?$/u.test(term.text) && (term.tags.has("Possessive") || /['’]s$/.test(term.text));
}

/** Starts with a capital letter (after any opening quote). */
export function isCapitalized(term: Term): boolean {
  return /^\p{Lu}/u.test(term.text);
}

/** "ISIL", "U.S.", "CJTF", "UN": two or more capitals and no lowercase run. */
export function isAcronym(term: Term): boolean {
  const second = term.text.charCodeAt(1);
  if (second >= 97 && second <= 122) return false; // "Putin": a lowercase second letter rules out both shapes below
  const t = bareText(term);
  return /^(\p{Lu}\.?){2,}$/u.test(t) || (/^\p{Lu}[\p{Lu}\d&.]+$/u.test(t) && /\p{Lu}.*\p{Lu}/u.test(t));
}

/** Lowercase word form, for the word lists. */
export function lowerWord(term: Term): string {
  return bareText(term).toLowerCase().replace(/\.$/, "");
}

const FUNCTION_TAGS = ["Determiner", "Preposition", "Conjunction", "Pronoun", "Adverb", "QuestionWord", "Modal", "Auxiliary", "Copula", "Negative"];

/** Tagged by compromise as a function word ("The", "In", "But", "He"). */
export function isFunctionWord(term: Term): boolean {
  return FUNCTION_TAGS.some((tag) => term.tags.has(tag)) && !term.tags.has("ProperNoun") && !isAcronym(term);
}

/** compromise thinks the term is a name of some kind. */
export function isNameTagged(term: Term): boolean {
  const t = term.tags;
  return t.has("ProperNoun") || t.has("Person") || t.has("Place") || t.has("Organization") || t.has("Acronym") || t.has("Demonym");
}

/** compromise tags the term as part of a person's name. */
export function isPersonTagged(term: Term): boolean {
  const t = term.tags;
  return t.has("FirstName") || t.has("LastName") || (t.has("Person") && !t.has("Honorific"));
}

/** Joined to the next term by a hyphen with no space ("Russia-Ukraine", "al-Assad"). */
export function hyphenatedToNext(term: Term): boolean {
  return term.post === "-" || term.post === "‑";
}

/**
 * A lowercase particle joined by a hyphen to a capitalized name ("al-" of "al-Assad", "al-Qaeda"): part of the name,
 * never a connector to trim. Tokenized text spaces the hyphen ("al - Qaeda"); after a particle that is still the
 * name's hyphen, since a lone "al" opens no clause before a dash.
 */
export function isHyphenParticle(terms: readonly Term[], i: number): boolean {
  const t = terms[i];
  return NAME_PARTICLES.has(t.text.toLowerCase()) && (hyphenatedToNext(t) || t.post === " - ") && i + 1 < terms.length && isCapitalized(terms[i + 1]);
}
