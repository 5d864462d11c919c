/**
 * entente's word lists, each defined once with a note on where it comes from (titles.ts, names.ts,
 * organizations.ts, verbs-and-places.ts), and the patterns for list glue. What compromise's own word
 * list says about a word is read by ../compromise-lexicon.ts, not copied here.
 */
export * from "./titles.js";
export * from "./names.js";
export * from "./organizations.js";
export * from "./verbs-and-places.js";
export { LIST_GLUE, LIST_GLUE_THEN_ARTICLE } from "./list-glue.js";
export { difference, subset, union, wordList, wordListSources, wordMap, type WordListSource } from "./word-list.js";
export { KNOWN_ACRONYMS } from "./acronyms.js";
export { PARTY_FORMS, LABOUR_NOUNS } from "./parties.js";
export { AGREEMENT_HEADS, AWARD_NAMES, COMPETITIONS, COMPETITION_LEAGUES, EVENT_HEADS, HOLIDAYS, NATIONS_COUNTS, PRODUCT_NOUNS, STORM_WORDS, WORK_KINDS, WORK_NOUNS } from "./things.js";
