/**
 * Decides what each candidate names: a country (gazetteer), an organization (head words, acronyms,
 * seats of government), a person (titles, compromise's name tags, role nouns before, verbs of saying
 * after) or nothing (cities and other places). Each decision is a rule of TYPE_RULES (rules/), tried in
 * list order: the first that decides wins, so the order is the meaning. A candidate may yield several
 * spans ("Russia-Ukraine", "Syrian President Bashar al-Assad"): a rule that splits its range types each
 * part with the whole list again.
 */
import { isHeadline, type Candidate } from "../candidate-spans.js";
import type { SentenceSpan } from "../../types.js";
import { firstEndingAfter, type Span } from "../spans.js";
import type { ClassifyContext, TypeContext, TypeDecision, TypeRange, TypeRule } from "../rule-types.js";
import { cleanLabel } from "../clean-label.js";
import { NAME_CONNECTORS, ORG_HEADS } from "../lexicon/index.js";
import { bareEnd, isHyphenParticle, lowerWord } from "../term-shape.js";
import { surfaceOf } from "./range.js";
import { withNestedMentions } from "./nested-mentions.js";
import { acronymOrganization, acronymRun, acronymSpelled, qualifiedAcronym, shoutedSurnames, thingAcronym } from "./rules/acronym.js";
import { countryAirline, hyphenCountries, leadingCountry, newPlace, trailingCountry } from "./rules/country-in-name.js";
import { demonymOrgan, demonymQualifier, lexiconDemonym, peoplesWord } from "./rules/demonym.js";
import { countryOrganAfter, countryOrganBefore, knownCountry } from "./rules/known-country.js";
import { headlineWord, unknownName } from "./rules/no-cue.js";
import { nameOfOwner } from "./rules/of-phrase.js";
import { arabicOrgHead, bareSuffix, documentNoun, firmName, organizationHead, verdictHead } from "./rules/organization-head.js";
import { lexiconOrganization, lexiconPossessive, lineupClub, memberAfter, ownerBusiness, memberNoun, newsAgency, organizationContext, reportingOutlet, taggedOrganization } from "./rules/organization-cue.js";
import { personContext, personTagged, pluralJobNoun, rulerNoun, speakingInstitution } from "./rules/person-cue.js";
import { personTitle } from "./rules/person-title.js";
import { capitalCity, industryPlace, placeAfterPreposition, placeTagged } from "./rules/place.js";
import { seatOfGovernment } from "./rules/seat-of-government.js";
import { leadingParty, partyForm } from "./rules/party.js";
import { agreementName, eventName, productName, workKind, workTitle } from "./rules/thing.js";

export type { ClassifyContext, TypeDecision, TypeRule } from "../rule-types.js";
export { thingAcronym } from "./rules/acronym.js";
export { bareSuffix, verdictHead } from "./rules/organization-head.js";
export { peoplesWord } from "./rules/demonym.js";

/** Rules read on a whole candidate, before it is trimmed or split. */
export const CANDIDATE_RULES: readonly TypeRule[] = [acronymSpelled];

/** The typing rules, in the order they are tried: the first rule that decides a range wins. */
export const TYPE_RULES: readonly TypeRule[] = [
  bareSuffix, seatOfGovernment, countryOrganBefore, countryOrganAfter, knownCountry, ownerBusiness, countryAirline, industryPlace, partyForm, newsAgency, hyphenCountries, nameOfOwner,
  documentNoun, eventName, agreementName, workTitle, workKind, productName, arabicOrgHead, leadingParty, personTitle, firmName, verdictHead, organizationHead, shoutedSurnames, thingAcronym, acronymOrganization,
  demonymOrgan, leadingCountry, demonymQualifier, newPlace, trailingCountry, qualifiedAcronym,
  lineupClub, placeAfterPreposition, peoplesWord, taggedOrganization, acronymRun, capitalCity, lexiconDemonym, lexiconOrganization, lexiconPossessive,
  pluralJobNoun, memberAfter, personTagged, organizationContext, reportingOutlet, speakingInstitution, personContext, rulerNoun, memberNoun,
  placeTagged, headlineWord, unknownName,
];

/** The spans of the first rule that decides the range, recorded in the trace; undefined when none does. */
function decide(rules: readonly TypeRule[], range: TypeRange, ctx: TypeContext): Span[] | undefined {
  for (const rule of rules) {
    const spans = rule.apply(range, ctx);
    if (spans === undefined) continue;
    ctx.trace?.push({ rule: rule.id, start: ctx.terms[range.a].start, end: bareEnd(ctx.terms[range.b]), spans });
    return spans;
  }
  return undefined;
}

function rangeOf(ctx: TypeContext, a: number, b: number, headline: boolean): TypeRange {
  const surface = surfaceOf(ctx, a, b);
  return { a, b, headline, surface, label: cleanLabel(surface) };
}

/** Types the terms [a, b] with TYPE_RULES, once connectors are trimmed off both ends. */
function classifyRange(ctx: TypeContext, a: number, b: number, headline: boolean): Span[] {
  const { terms } = ctx;
  while (a <= b && NAME_CONNECTORS.has(terms[a].text) && !isHyphenParticle(terms, a)) a++;
  while (b >= a && NAME_CONNECTORS.has(terms[b].text)) b--;
  // "507th Air Refueling Wing" numbers a unit; "21st Century" is no name, so the ordinal goes unless a head word follows.
  if (a < b && /^\d/.test(terms[a].text) && !ORG_HEADS.has(lowerWord(terms[b]))) a++;
  if (a > b) return [];
  return decide(TYPE_RULES, rangeOf(ctx, a, b, headline), ctx) ?? [];
}

/** Typed spans for every candidate, in document order; with `trace`, each rule's decision is pushed to it. */
export function classifyCandidates(base: ClassifyContext, candidates: Candidate[], trace?: TypeDecision[]): Span[] {
  const ctx: TypeContext = { ...base, trace, classify: (a, b, headline) => classifyRange(ctx, a, b, headline) };
  const spans: Span[] = [];
  for (const c of candidates) {
    const typed = decide(CANDIDATE_RULES, rangeOf(ctx, c.first, c.last, c.headline), ctx) ?? classifyRange(ctx, c.first, c.last, c.headline);
    const found = withNestedMentions(ctx, typed);
    // A sentence opener with no cue of its own waits for resolution ("Votel explained", "Photographs of").
    spans.push(...(c.opener ? found.map((s) => (s.kind === "unknown" || (s.kind === "person" && !s.role) ? { ...s, kind: "unknown" as const, opener: true } : s)) : found));
  }
  return spans.filter((s) => s.end > s.start && s.label);
}

/** What the rules make of a range of characters: their spans, and the rule that decided the range as a whole. */
export interface RangeDecision {
  spans: Span[];
  rule: string;
}

/**
 * Types the terms under the characters [start, end) as one candidate, for a name the rules found no
 * candidate for (a tagger's proposal), with the same rules: "the film Aviator" is a thing whoever
 * proposed it. Undefined when no term lies there.
 */
export function classifyCharRange(base: ClassifyContext, sentences: readonly SentenceSpan[], start: number, end: number): RangeDecision | undefined {
  const { terms } = base;
  // Terms are in text order: a binary search finds the first one ending after `start`, so each proposal
  // costs its own terms, not a scan of the document's.
  const first = firstEndingAfter(terms, start);
  let last = first;
  while (last + 1 < terms.length && terms[last + 1].start < end) last++;
  if (first >= terms.length || terms[first].start >= end) return undefined;
  const sentence = terms[first].sentence;
  const headline = sentences[sentence] !== undefined && isHeadline(base.text, sentences[sentence]);
  const trace: TypeDecision[] = [];
  const spans = classifyCandidates(base, [{ first, last, sentence, headline }], trace);
  // A rule that splits its range decides the parts first: the whole range's decision is pushed last.
  return { spans, rule: trace[trace.length - 1]?.rule ?? "" };
}
