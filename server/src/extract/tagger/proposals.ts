/**
 * The tagger's names as proposals to the rules: only where no rule span overlaps (the rules stay in
 * charge of what they found), typed as entente types. A location is a country only when the country
 * gazetteer knows the name; other places (cities, regions) are dropped, as the rules drop them.
 */
import type { EntityType } from "../../types.js";
import { lookupCountry, overlaps } from "../index.js";
import { TAGGER_DEFAULTS } from "./options.js";
import type { TaggedSpan } from "./tag.js";

export interface Proposal {
  start: number;
  end: number;
  type: EntityType;
  score: number;
}

/** The tagged spans that no `taken` range overlaps, confident enough, typed for entente. */
export function taggerProposals(text: string, tagged: readonly TaggedSpan[], taken: readonly { start: number; end: number }[], minScore: number = TAGGER_DEFAULTS.minScore): Proposal[] {
  const out: Proposal[] = [];
  for (const t of tagged) {
    if (t.score < minScore || taken.some((r) => overlaps(r, t))) continue;
    if (t.type === "location") {
      if (lookupCountry(text.slice(t.start, t.end))) out.push({ start: t.start, end: t.end, type: "country", score: t.score });
    } else out.push({ start: t.start, end: t.end, type: t.type, score: t.score });
  }
  return out;
}
