/**
 * An ordinary word written in capitals ("SEE ALSO:", "READ MORE", "NEW") is not an
 * acronym. compromise, given the lowercase word alone, says what kind of word it is;
 * nouns stay possible acronyms ("NATO", "CNN"), and so do pronouns ("WHO", "US").
 */
import nlp from "compromise";

const COMMON_WORD = "(#Adverb|#Preposition|#Conjunction|#Determiner|#Verb|#Adjective)";
/** compromise's own word list: only words it knows count, not its guesses about unknown ones ("NAVCENT"). */
const LEXICON = (nlp as unknown as { model(): { one: { lexicon: Record<string, unknown> } } }).model().one.lexicon;
const seen = new Map<string, boolean>();

/** True for an all-capital word of three or more letters that is a common non-noun word in lowercase. */
export function isShoutedWord(word: string): boolean {
  if (!/^\p{Lu}{3,}$/u.test(word)) return false;
  let common = seen.get(word);
  if (common === undefined) {
    const lower = word.toLowerCase();
    common = LEXICON[lower] !== undefined && nlp(lower).has(COMMON_WORD);
    seen.set(word, common);
  }
  return common;
}
