/**
 * Words inside and around names: connectors and particles (from the naming customs of English, Arabic,
 * Dutch, German, French, Italian and Spanish names as English news writes them), suffixes, and the
 * capitalized words that open a sentence without naming anything. Hand-written; no evaluation-set names.
 */
import { subset, wordList } from "./word-list.js";

/** Lowercase words allowed inside a name ("Ministry of Defence", "Osama bin Laden", "Islamic State of Iraq and the Levant"). */
export const NAME_CONNECTORS = wordList("name-connectors", ["of", "for", "the", "and", "on", "de", "del", "della", "da", "di", "du", "des", "van", "von", "der", "den", "la", "le", "bin", "ibn", "al", "el", "y", "ul"]);

/** Connectors after an organization's head word that keep the name going to its object ("Ministry of Defence", "Council on Foreign Relations"). */
export const HEAD_PREPOSITIONS = subset("head-prepositions", NAME_CONNECTORS, ["of", "for", "on"]);

/**
 * Connectors that only join right after an organization's head word ("Council on Foreign Relations") or, for "for", a title
 * ("Minister for the Middle East"); never "BBC One on Fridays", "Deputy Secretary on Twitter" or "Daniela Hantuchova for the Australian Open".
 */
export const HEAD_ONLY_CONNECTORS = new Map([
  ["on", "organization"],
  ["for", "organization or title"],
]);

/** Name particles that join with a hyphen ("al-Assad", "el-Sisi", "Abu-Bakr"). */
export const NAME_PARTICLES = wordList("name-particles", ["al", "el", "ad", "ar", "as", "ash", "at", "az", "an", "bin", "ibn", "abu", "abd", "bint"]);

/** A leading particle and its hyphen ("al-" of "al-Abadi"), built from NAME_PARTICLES so the two never disagree. */
export const NAME_PARTICLE_PREFIX = new RegExp(`^(${[...NAME_PARTICLES].join("|")})-`);

/** Generational suffixes after a surname ("Charles H. Keating IV", "Martin Luther King Jr."): not the name a later mention uses. */
export const NAME_SUFFIXES = wordList("name-suffixes", ["jr", "sr", "ii", "iii", "iv"]);

/** English prefixes written capitalized before a hyphen ("Co-founder", "Anti-war"): no name, whatever list has the letters. */
export const WORD_PREFIXES = wordList("word-prefixes", ["co", "anti", "pro", "ex", "non", "pre", "post", "semi", "multi", "counter"]);

/** Short English words after a hyphen that make a compound, not a name ("U.S.-led", "Iran-born", "EU-wide"). */
export const HYPHEN_WORDS = wordList("hyphen-words", ["led", "held", "run", "born", "made", "era", "wide", "like", "free", "only", "old", "type", "owned", "based", "style", "mad", "ban", "war", "day", "year", "deal", "bid", "tie", "row", "talk"]);

/** Capitalized words that open a sentence without naming anything (beyond what compromise tags as function words). */
export const NOT_NAMES = wordList("not-names", [
  "i", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
  "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
  "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
  "god", "allah", "internet", "web", "english", "arabic", "islam", "christmas", "easter", "ramadan", "eid",
  // Labels of interview transcripts ("QUESTION: ...", "ANSWER: ...").
  "question", "answer",
  // Answers ("the No campaign") and the contracted "I" ("I'm", "I've").
  "yes", "no", "i'm", "i've", "i'll", "i'd", "im", "ive",
]);

/** Quantifiers capitalized only because they open a sentence ("All Alfa Romeo models", "Both the Italian government"). */
export const QUANTIFIERS = wordList("quantifiers", ["all", "both", "every", "each", "some", "many", "most", "several", "few", "any", "other", "another", "such"]);

/** Words that date a role, never the first word of the name after them ("Former WorldCom boss Bernie Ebbers", "Ex-Chelsea striker"). */
export const FORMER_WORDS = wordList("former-words", ["former", "ex", "erstwhile", "onetime", "one-time"]);

/** Prepositions compromise's word list files as adjectives: never the first word of a name, and what follows is a place ("Near Ayn Isa, one strike ..."). */
export const LEADING_PREPOSITIONS = wordList("leading-prepositions", ["near", "amid", "inside", "outside", "beyond"]);

/** Pronouns and determiners compromise sometimes tags as proper nouns when they open a sentence ("He said Russia ..."); never names unless written as acronyms ("IT"). */
export const PRONOUNS = wordList("pronouns", [
  "he", "she", "it", "we", "they", "you", "his", "her", "its", "our", "their", "my", "your", "this", "that", "these", "those",
  // Indefinite pronouns open sentences too ("Someone told me that ..."), and speak like an institution would.
  "someone", "somebody", "anyone", "anybody", "everyone", "everybody", "nobody",
]);

/** Modals and auxiliaries that open a question ("Will Russia, China Discuss War?"): never the first name of what follows. */
export const QUESTION_OPENERS = wordList("question-openers", ["will", "would", "can", "could", "shall", "should", "may", "might", "must", "do", "does", "did", "is", "are", "was", "were", "has", "have", "had"]);

/** Plurals of people, whose possessive belongs inside a name ("People's Protection Units"). */
export const PEOPLE_PLURALS = wordList("people-plurals", ["people", "men", "women", "children"]);

/**
 * Peoples without a state of their own, faiths and movements, as nouns or adjectives ("Shiite clerics",
 * "the Kurds", "Islamist fighters"): a kind of people, as a demonym is, never one organization or person.
 * From general knowledge of news vocabulary; not "Christian", which is also a given name.
 */
export const PEOPLES_WORDS = wordList("peoples-words", [
  "shia", "shias", "shiite", "shiites", "shi'ite", "shi'ites", "sunni", "sunnis", "alawite", "alawites", "druze", "yazidi", "yazidis",
  "kurd", "kurds", "pashtun", "pashtuns", "tamils", "uighur", "uighurs", "uyghur", "uyghurs", "rohingya", "arab", "arabs",
  "muslim", "muslims", "christians", "jew", "jews", "catholic", "catholics", "protestant", "protestants", "hindu", "hindus", "sikh", "sikhs",
  "buddhist", "buddhists", "evangelical", "evangelicals", "islamic", "islamist", "islamists", "jihadist", "jihadists", "salafi", "salafis",
  "salafist", "salafists", "wahhabi", "wahhabis", "zionist", "zionists", "neocon", "neocons",
]);
