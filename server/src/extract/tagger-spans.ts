/**
 * The rules' spans joined with the learned tagger's names (the `tagger` option): the tagger proposes
 * names where no rule looked, types the capitalized runs no rule could type, and has a say on the
 * one kind of rule span that rests on letter shapes alone, an acronym nobody defines.
 */
import type { SentenceSpan } from "../types.js";
import { firstEndingAfter, OverlapIndex, type Span } from "./spans.js";
import { cleanLabel } from "./clean-label.js";
import { isLexiconOrganization, readsAsOrdinaryWord, readsAsPlural } from "./compromise-lexicon.js";
import { KNOWN_ACRONYMS } from "./lexicon/index.js";
import { acronymKey, initialsOf, looksLikeAcronym } from "./name-keys.js";
import { tagSpans, taggerProposals, type TaggedSpan } from "./tagger/index.js";
import { bareSuffix, peoplesWord, thingAcronym, verdictHead } from "./classify/index.js";

/**
 * An organization typed only because it is written in capitals: one word, not a listed body ("NATO", "EU"),
 * not in compromise's word list ("Google", "NASDAQ"), and not spelled out by a name of the same document
 * ("Houston Pipe Line ... HPL"). In e-mail and forum text most such words are shouting, file codes and
 * abbreviations ("PLZ", "FYI", "MMBTU", "PERFORMANCE"), where news prints only names in capitals.
 */
export function isShapeOnlyAcronym(text: string, span: Span, spelled: ReadonlySet<string>): boolean {
  const surface = text.slice(span.start, span.end);
  if (span.kind !== "organization" || /\s/.test(surface) || !looksLikeAcronym(surface)) return false;
  const key = acronymKey(surface);
  if (KNOWN_ACRONYMS.has(key.toLowerCase()) || isLexiconOrganization(key.toLowerCase())) return false;
  return !spelled.has(key);
}

/** The initials the document's names spell ("Houston Pipe Line" -> "HPL"), the `spelled` of `isShapeOnlyAcronym`. */
export function spelledInitials(spans: readonly Span[]): Set<string> {
  return new Set(spans.map((s) => initialsOf(s.label)).filter((i) => i !== ""));
}

/**
 * "Bangladesh Scouts", "American Scientific Affiliation": a country the rules read at the start of a run
 * of capitalized words the tagger reads whole as an organization, where the rules typed nothing after it.
 * The organization replaces the country and the untyped words inside it.
 */
function grownIntoOrganizations(text: string, spans: readonly Span[], tagged: readonly TaggedSpan[]): Span[] {
  const organizations = new Map<number, TaggedSpan>();
  for (const t of tagged) if (t.type === "organization" && !organizations.has(t.start)) organizations.set(t.start, t);
  const index = new OverlapIndex(spans);
  const inside = new Set<Span>();
  const grown = spans.map((s): Span => {
    const t = s.kind === "country" ? organizations.get(s.start) : undefined;
    // Capitalized words only after the country: "U.S. and Europe" is two places, not one body.
    if (!t || t.end <= s.end || !/^(?:\s+\p{Lu}[\p{L}\p{M}'’.-]*)+$/u.test(text.slice(s.end, t.end))) return s;
    // Only untyped words after it, and not one lone name: "American Dent" is a nationality and a person the
    // corpus may know, where "Australian Greens" and "Italian Democratic Socialists" are parties.
    const within = index.overlapping(t).filter((o) => o !== s);
    if (within.some((o) => o.kind !== "unknown")) return s;
    const rest = text.slice(s.end, t.end).trim();
    if (within.length > 0 && !/\s/.test(rest) && !readsAsPlural(rest)) return s;
    for (const o of within) inside.add(o);
    return { start: t.start, end: t.end, kind: "organization", label: cleanLabel(text.slice(t.start, t.end)), sentence: s.sentence, proposed: true };
  });
  return inside.size === 0 ? grown : grown.filter((s) => !inside.has(s));
}

/** The index of the sentence holding character `at` (the last one for a character past them all). */
function sentenceAt(sentences: readonly SentenceSpan[], at: number): number {
  return Math.max(0, Math.min(firstEndingAfter(sentences, at), sentences.length - 1));
}

/** The rules' decision on the terms under [start, end) (`classifyCharRange`). */
export type TypeCharRange = (start: number, end: number) => { spans: Span[]; rule: string } | undefined;

/** Rules whose "no entity" holds against a proposal: a thing's acronym ("the PCs"), a people's word, a company suffix alone ("Inc."), a review's verdict ("Great Service"). */
const NO_PROPOSAL_RULES: ReadonlySet<string> = new Set([thingAcronym.id, peoplesWord.id, bareSuffix.id, verdictHead.id]);

/**
 * The spans with the tagger's say. A shape-only acronym stays only where the tagger also finds a name
 * over it. A tagger name that no rule span overlaps (things included) is typed by the rules as a candidate
 * of its own: a rule's type wins ("talks with Acme Holdings" where the candidate finder stopped short),
 * a thing stays a thing, the rule that reads a lone acronym as a thing drops it ("the PCs"), and a run no
 * rule types, or one a rule finds no name in, takes the tagger's type: the rules' other "no entity"
 * decisions were written for their own candidates and cost more names than they saved here
 * ("House of Commons", "New York Stock Exchange"; macro F1 0.844 against 0.849).
 * A rule span left untyped takes the type of the proposal over it, keeping the rules' boundaries.
 * Every other typed rule span is kept as it is: the rules stay in charge of their conventions.
 */
export function withTaggerSpans(text: string, sentences: readonly SentenceSpan[], spans: readonly Span[], typeRange?: TypeCharRange, tagged: readonly TaggedSpan[] = tagSpans(text, sentences)): Span[] {
  const spelled = spelledInitials(spans);
  const taggedIndex = new OverlapIndex(tagged);
  const kept = grownIntoOrganizations(text, spans, tagged).filter((s) => !isShapeOnlyAcronym(text, s, spelled) || taggedIndex.any(s));
  const keptIndex = new OverlapIndex(kept);
  const proposals = taggerProposals(text, tagged, kept.filter((s) => s.kind !== "unknown"));
  const proposalIndex = new OverlapIndex(proposals);
  const retyped = kept.map((s): Span => {
    // "Civilians fled": a sentence opener that reads as an ordinary word keeps waiting for resolution.
    if (s.kind !== "unknown" || (s.opener && readsAsOrdinaryWord(s.label))) return s;
    const p = proposalIndex.overlapping(s)[0];
    return p ? { ...s, kind: p.type, proposed: true } : s;
  });
  const added: Span[] = [];
  for (const p of proposals) {
    if (keptIndex.any(p)) continue;
    const ruled = typeRange?.(p.start, p.end);
    if (ruled && NO_PROPOSAL_RULES.has(ruled.rule)) continue;
    if (ruled === undefined || ruled.spans.length === 0) {
      const sentence = sentenceAt(sentences, p.start);
      added.push({ start: p.start, end: p.end, kind: p.type, label: cleanLabel(text.slice(p.start, p.end)), sentence, proposed: true });
    } else for (const s of ruled.spans) added.push(s.thing || s.kind !== "unknown" ? s : { ...s, kind: p.type, opener: undefined, proposed: true });
  }
  return [...retyped, ...added].filter((s) => s.label).sort((a, b) => a.start - b.start);
}
