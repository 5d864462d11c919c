/**
 * The forms news uses for the main parties of the UK and the US, each to one canonical name: the noun,
 * the plural of its members and the adjective all name the party ("Tory leader", "the Tories", "the
 * Conservative Party"). General political vocabulary, hand-written; no evaluation-set names.
 */
import { wordList, wordMap } from "./word-list.js";

export const PARTY_FORMS = wordMap("party-forms", [
  ["labour", "Labour Party"], ["labour party", "Labour Party"], ["new labour", "Labour Party"], ["british labour party", "Labour Party"],
  ["tory", "Conservative Party"], ["tories", "Conservative Party"], ["tory party", "Conservative Party"],
  ["conservative", "Conservative Party"], ["conservatives", "Conservative Party"], ["conservative party", "Conservative Party"],
  ["lib dem", "Liberal Democrats"], ["lib dems", "Liberal Democrats"], ["liberal democrat", "Liberal Democrats"], ["liberal democrats", "Liberal Democrats"],
  ["democratic party", "Democratic Party"], ["democrats", "Democratic Party"],
  ["republican party", "Republican Party"], ["republicans", "Republican Party"], ["gop", "Republican Party"],
]);

/** Nouns after "Labour" that make it the word, not the party, at the start of a sentence ("Labour costs rose"). */
export const LABOUR_NOUNS = wordList("labour-nouns", ["market", "markets", "costs", "cost", "shortage", "shortages", "force", "laws", "law", "relations", "productivity", "supply", "camp", "camps"]);
