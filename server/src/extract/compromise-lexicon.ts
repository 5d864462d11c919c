/**
 * What compromise's own word list (not its guesses about unknown words) says about a
 * capitalized word: an ordinary word written in capitals ("SEE ALSO:", "READ MORE") is
 * not an acronym, and a company or body it lists ("Google", "Oxfam") is an organization.
 */
import nlp from "compromise";

const COMMON_WORD = "(#Adverb|#Preposition|#Conjunction|#Determiner|#Verb|#Adjective)";
const LEXICON = (nlp as unknown as { model(): { one: { lexicon: Record<string, string | string[] | undefined> } } }).model().one.lexicon;
const shouted = new Map<string, boolean>();

/**
 * True for an all-capital word of three or more letters that is a common non-noun word in lowercase.
 * Nouns stay possible acronyms ("NATO", "CNN"), and so do pronouns ("WHO", "US").
 */
export function isShoutedWord(word: string): boolean {
  if (!/^\p{Lu}{3,}$/u.test(word)) return false;
  let common = shouted.get(word);
  if (common === undefined) {
    const lower = word.toLowerCase();
    common = LEXICON[lower] !== undefined && nlp(lower).has(COMMON_WORD);
    shouted.set(word, common);
  }
  return common;
}

/** True for a one-word name compromise lists as an organization ("Google", "Sony", "Hizbollah"). */
export function isLexiconOrganization(word: string): boolean {
  const tag = LEXICON[word.toLowerCase()];
  return tag === "Organization" || (Array.isArray(tag) && tag.includes("Organization"));
}

/** True for a word compromise lists as a kind of person ("actress", "economist", "cook"): a job or role noun. */
export function isLexiconJobNoun(word: string): boolean {
  const tag = LEXICON[word.toLowerCase()];
  return tag === "Actor" || (Array.isArray(tag) && tag.includes("Actor"));
}

const NAME_TAGS = new Set(["FirstName", "MaleName", "FemaleName", "LastName", "Person", "Honorific", "Place", "Country", "City", "Region", "Organization", "ProperNoun", "Demonym"]);

/** True for a word compromise lists only as an ordinary word ("new", "all"), never as a kind of name. */
export function isLexiconCommonWord(word: string): boolean {
  const tag = LEXICON[word.toLowerCase()];
  if (tag === undefined) return false;
  return !(Array.isArray(tag) ? tag : [tag]).some((t) => NAME_TAGS.has(t));
}

const FUNCTION_TAGS = new Set(["Conjunction", "Preposition", "Determiner", "Pronoun"]);
const ADVERBIAL_TAGS = new Set(["Adverb", "Date", "QuestionWord", "Negative", "Expression"]);
const DEGREE_TAGS = new Set(["Comparative", "Superlative"]);

/**
 * How compromise lists a word that opens a run of capitals without naming anything: "function" ("Near",
 * "The", "However"), "adverbial" ("Meanwhile", "Yesterday"), "degree" ("Later", "Earlier", but also
 * "Greater" in "Greater Manchester"), or undefined.
 */
export function openerKind(word: string): "function" | "adverbial" | "degree" | undefined {
  const tag = LEXICON[word.toLowerCase()];
  if (tag === undefined) return undefined;
  const tags = Array.isArray(tag) ? tag : [tag];
  if (tags.some((t) => NAME_TAGS.has(t))) return undefined;
  if (tags.some((t) => FUNCTION_TAGS.has(t))) return "function";
  if (tags.some((t) => ADVERBIAL_TAGS.has(t))) return "adverbial";
  if (tags.some((t) => DEGREE_TAGS.has(t))) return "degree";
  return undefined;
}

/** True for a demonym compromise lists ("European", "Welsh", "Asians"): a nationality or region, never a name of its own. */
export function isLexiconDemonym(word: string): boolean {
  const tag = LEXICON[word.toLowerCase()];
  return tag === "Demonym" || (Array.isArray(tag) && tag.includes("Demonym"));
}

/** True for a given name compromise lists ("Gordon", "Tony", "Abu"). */
export function isLexiconFirstName(word: string): boolean {
  const tag = LEXICON[word.toLowerCase()];
  const tags = tag === undefined ? [] : Array.isArray(tag) ? tag : [tag];
  return tags.some((t) => t === "FirstName" || t === "MaleName" || t === "FemaleName");
}

/** True for any word compromise's word list has, of whatever kind ("half", "ray"; not "un", "koo"). */
export function isLexiconWord(word: string): boolean {
  return LEXICON[word.toLowerCase()] !== undefined;
}
