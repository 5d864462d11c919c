/**
 * What compromise's own word list (not its guesses about unknown words) says about a word:
 * an ordinary word written in capitals ("SEE ALSO:") is not an acronym, a company it lists
 * ("Google") is an organization, a job noun ("actress") describes a person without naming one,
 * and so on. Every predicate here reads the same list, through `lexiconTags`.
 */
import { nlp } from "./compromise-nlp.js";
import { parseWithTags } from "./compromise-parse.js";

const LEXICON = (nlp as unknown as { model(): { one: { lexicon: Record<string, string | string[] | undefined> } } }).model().one.lexicon;

/** The tags compromise's word list gives the lowercase word; none for a word it does not list. */
function lexiconTags(word: string): string[] {
  const tag = LEXICON[word.toLowerCase()];
  return tag === undefined ? [] : Array.isArray(tag) ? tag : [tag];
}

const hasTag = (word: string, ...tags: string[]): boolean => lexiconTags(word).some((t) => tags.includes(t));

const COMMON_WORD = "(#Adverb|#Preposition|#Conjunction|#Determiner|#Verb|#Adjective)";
const shouted = new Map<string, boolean>();

/** Two-letter words written in capitals that are no acronym when shouted ("IT", "IN", "TO", "WE"); "US" is the country. */
const COMMON_SHORT_WORD = "(#Adverb|#Preposition|#Conjunction|#Determiner|#Verb|#Adjective|#Pronoun)";
/** What compromise reads off an unlisted long word's shape: a plural, an adverb, a verb form ("SERVERS", "HIGHLY", "BOOKED"). */
const LONG_WORD_SHAPE = "(#Plural|#Adverb|#Gerund|#PastTense)";

/**
 * True for an all-capital word that is an ordinary word in lowercase: of three or four letters, a common
 * non-noun ("SEE", "ALSO"; nouns stay possible acronyms, "NATO", "CNN", and so do pronouns, "WHO"); of two,
 * a common word or a pronoun ("IT", "IN", "WE", not "US"); of five or more, any word of compromise's list
 * ("MILLIONS", "PERFORMANCE": an acronym that long is rarely a word).
 */
export function isShoutedWord(word: string): boolean {
  if (!/^\p{Lu}{2,}$/u.test(word) || word === "US") return false;
  let common = shouted.get(word);
  if (common === undefined) {
    const lower = word.toLowerCase();
    // "NASDAQ", "INTERPOL": compromise lists them as organizations.
    if (lexiconTags(lower).includes("Organization")) common = false;
    else if (word.length >= 5) common = isLexiconWord(lower) || parseWithTags(lower).has(LONG_WORD_SHAPE);
    else common = isLexiconWord(lower) && parseWithTags(lower).has(word.length === 2 ? COMMON_SHORT_WORD : COMMON_WORD);
    shouted.set(word, common);
  }
  return common;
}

const aloneAnswers = new Map<string, Map<string, boolean>>();

/**
 * Whether compromise, parsing a lowercase word alone, matches `pattern` ("#Plural" for "civilians", "#PresentTense"
 * for "slams"): remembered per pattern and word, as each answer costs a parse and headlines and openers repeat.
 */
export function readsAloneAs(lower: string, pattern: string): boolean {
  let answers = aloneAnswers.get(pattern);
  if (answers === undefined) aloneAnswers.set(pattern, (answers = new Map()));
  let out = answers.get(lower);
  if (out === undefined) {
    out = parseWithTags(lower).has(pattern);
    answers.set(lower, out);
  }
  return out;
}

/**
 * True for a capitalized word that reads as an ordinary word in lowercase: listed only as one ("Later",
 * "Officials"), or unlisted and shaped like a plural ("Civilians"; a listed surname such as "Jones" is a
 * name). A sentence opener like that is capitalized by its position, whatever a model reading its capital says.
 */
export function readsAsOrdinaryWord(word: string): boolean {
  const lower = word.toLowerCase();
  return isLexiconCommonWord(lower) || (!isLexiconWord(lower) && readsAloneAs(lower, "#Plural"));
}

/** True for a capitalized word compromise reads as a plural noun in lowercase ("Greens", "Socialists"; not "Dent", "Legion"). */
export function readsAsPlural(word: string): boolean {
  const lower = word.toLowerCase();
  return /[^su]s$/.test(lower) && readsAloneAs(lower, "#Plural");
}

/** True for any word compromise's word list has, of whatever kind ("half", "ray"; not "un", "koo"). */
export function isLexiconWord(word: string): boolean {
  return lexiconTags(word).length > 0;
}

/** True for a one-word name compromise lists as an organization ("Google", "Sony", "Hizbollah"). */
export function isLexiconOrganization(word: string): boolean {
  return hasTag(word, "Organization");
}

/** True for a word compromise lists as a kind of person ("actress", "economist", "cook"): a job or role noun. */
export function isLexiconJobNoun(word: string): boolean {
  return hasTag(word, "Actor");
}

/** True for a demonym compromise lists ("European", "Welsh", "Asians"): a nationality or region, never a name of its own. */
export function isLexiconDemonym(word: string): boolean {
  return hasTag(word, "Demonym");
}

/** True for a given name or a surname compromise lists ("Thomas", "Kennedy"). */
export function isLexiconPersonName(word: string): boolean {
  return isLexiconFirstName(word) || hasTag(word, "LastName");
}

/** True for a given name compromise lists ("Gordon", "Tony", "Abu"). */
export function isLexiconFirstName(word: string): boolean {
  return hasTag(word, "FirstName", "MaleName", "FemaleName");
}

const NAME_TAGS = ["FirstName", "MaleName", "FemaleName", "LastName", "Person", "Honorific", "Place", "Country", "City", "Region", "Organization", "ProperNoun", "Demonym"];

/** True for a word compromise lists only as an ordinary word ("new", "all"), never as a kind of name. */
export function isLexiconCommonWord(word: string): boolean {
  return isLexiconWord(word) && !hasTag(word, ...NAME_TAGS);
}

/**
 * How compromise lists a word that opens a run of capitals without naming anything: "function" ("The",
 * "However", "Between"), "adverbial" ("Meanwhile", "Yesterday"), "degree" ("Later", "Earlier", but also
 * "Greater" in "Greater Manchester"), or undefined.
 */
export function openerKind(word: string): "function" | "adverbial" | "degree" | undefined {
  if (!isLexiconCommonWord(word)) return undefined;
  if (hasTag(word, "Conjunction", "Preposition", "Determiner", "Pronoun")) return "function";
  if (hasTag(word, "Adverb", "Date", "QuestionWord", "Negative", "Expression")) return "adverbial";
  if (hasTag(word, "Comparative", "Superlative")) return "degree";
  return undefined;
}
