/**
 * The tagger's names as proposals to the rules: only where no rule span overlaps (the rules stay in
 * charge of what they found), typed as entente types. A location is a country only when the country
 * gazetteer knows the name; other places (cities, regions) are dropped, as the rules drop them.
 */
import type { EntityType } from "../../types.js";
import { lookupCountry, OverlapIndex } from "../index.js";
import { STREET_HEADS } from "../lexicon/index.js";
import { TAGGER_DEFAULTS } from "./options.js";
import { ScoredSpan, type TaggedSpan } from "./tag.js";

export interface Proposal {
  start: number;
  end: number;
  type: EntityType;
  score: number;
}

/** An e-mail or web address, a file name or a handle: "Kevin.A.Boone@accenture.com", "Lisa_resume.doc", "http://host/path". */
const ADDRESS = /@|:\/\/|^www\.|_|\.(?:com|net|org|edu|gov|doc|docx|xls|xlsx|ppt|pdf|txt|html?|jpe?g|png|gif|zip|stm)$/i;

/** Whether the whitespace-delimited chunk of `text` holding [start, end) is an address rather than words. */
function insideAddress(text: string, start: number, end: number): boolean {
  let a = start;
  let b = end;
  while (a > 0 && !/\s/.test(text[a - 1])) a--;
  while (b < text.length && !/\s/.test(text[b])) b++;
  return ADDRESS.test(text.slice(a, b).replace(/^[(<["']+|[)>\]"',.;:!?]+$/g, ""));
}

/** A street is neither a person nor an organization, whatever its first words: "Smith Street", "Eclipse Avenue". */
function isStreet(words: string): boolean {
  return STREET_HEADS.has(words.slice(words.search(/\S+$/)).toLowerCase());
}

/**
 * The tagged spans that no `taken` range overlaps, confident enough, typed for entente. Not a single
 * letter ("Z happens after X", "(C) 713-555-0100"), a street, or a piece of an address: the tagger reads
 * the capitals of "Stacey.Richardson@enron.com" as a name, yet no one is named there.
 */
export function taggerProposals(text: string, tagged: readonly TaggedSpan[], taken: readonly { start: number; end: number }[], minScore: number = TAGGER_DEFAULTS.minScore): Proposal[] {
  const out: Proposal[] = [];
  const takenIndex = new OverlapIndex(taken);
  for (const t of tagged) {
    if (t.score < minScore || takenIndex.any(t)) continue;
    if ((text.slice(t.start, t.end).match(/[\p{L}\p{N}]/gu)?.length ?? 0) < 2 || insideAddress(text, t.start, t.end) || isStreet(text.slice(t.start, t.end))) continue;
    if (t.type === "location") {
      if (lookupCountry(text.slice(t.start, t.end))) out.push(new ScoredSpan<EntityType>(t.start, t.end, "country", t.score));
    } else out.push(new ScoredSpan<EntityType>(t.start, t.end, t.type, t.score));
  }
  return out;
}
