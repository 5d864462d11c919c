/**
 * Acronyms of international bodies whose long form news seldom spells out next to them ("the EU" in one
 * story, "the European Union" in another), so no document defines them. A maintained list of general
 * world-news bodies, not of any evaluation set; an acronym merges into its long form only when the corpus
 * names that long form too.
 */
import { wordMap } from "./word-list.js";

export const KNOWN_ACRONYMS = wordMap("known-acronyms", [
  ["eu", "European Union"],
  ["un", "United Nations"],
  ["nato", "North Atlantic Treaty Organization"],
  ["imf", "International Monetary Fund"],
  ["wto", "World Trade Organization"],
  ["who", "World Health Organization"],
  ["opec", "Organization of the Petroleum Exporting Countries"],
  ["oecd", "Organisation for Economic Co-operation and Development"],
  ["iaea", "International Atomic Energy Agency"],
  ["ecb", "European Central Bank"],
  ["fbi", "Federal Bureau of Investigation"],
  ["cia", "Central Intelligence Agency"],
  ["asean", "Association of Southeast Asian Nations"],
  ["unesco", "United Nations Educational, Scientific and Cultural Organization"],
  ["unicef", "United Nations Children's Fund"],
  ["icc", "International Criminal Court"],
]);
