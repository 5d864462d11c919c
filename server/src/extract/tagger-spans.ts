/**
 * The rules' spans joined with the learned tagger's names (the `tagger` option): the tagger proposes
 * names where no rule looked, types the capitalized runs no rule could type, and has a say on the
 * one kind of rule span that rests on letter shapes alone, an acronym nobody defines.
 */
import type { SentenceSpan } from "../types.js";
import type { Span } from "./spans.js";
import { cleanLabel } from "./clean-label.js";
import { isLexiconOrganization } from "./compromise-lexicon.js";
import { KNOWN_ACRONYMS } from "./lexicon/index.js";
import { acronymKey, initialsOf, looksLikeAcronym } from "./name-keys.js";
import { tagSpans, taggerProposals, type TaggedSpan } from "./tagger/index.js";

const overlapping = (a: { start: number; end: number }, b: { start: number; end: number }): boolean => a.start < b.end && b.start < a.end;

/**
 * An organization typed only because it is written in capitals: one word, not a listed body ("NATO", "EU"),
 * not in compromise's word list ("Google", "NASDAQ"), and not spelled out by a name of the same document
 * ("Houston Pipe Line ... HPL"). In e-mail and forum text most such words are shouting, file codes and
 * abbreviations ("PLZ", "FYI", "MMBTU", "PERFORMANCE"), where news prints only names in capitals.
 */
export function isShapeOnlyAcronym(text: string, span: Span, spans: readonly Span[]): boolean {
  const surface = text.slice(span.start, span.end);
  if (span.kind !== "organization" || /\s/.test(surface) || !looksLikeAcronym(surface)) return false;
  const key = acronymKey(surface);
  if (KNOWN_ACRONYMS.has(key.toLowerCase()) || isLexiconOrganization(key.toLowerCase())) return false;
  return !spans.some((o) => initialsOf(o.label) === key);
}

/**
 * The spans with the tagger's say. A shape-only acronym stays only where the tagger also finds a name
 * over it. A tagger name that no rule span overlaps joins the spans, so inference and resolution treat
 * it like the rules' own ("talks with Acme Holdings" where no cue named Acme); a rule span left untyped
 * (a capitalized run with no cue) takes the type of the proposal over it, keeping the rules' boundaries.
 * Every other typed rule span is kept as it is: the rules stay in charge of their conventions.
 */
export function withTaggerSpans(text: string, sentences: readonly SentenceSpan[], spans: readonly Span[], tagged: readonly TaggedSpan[] = tagSpans(text, sentences)): Span[] {
  const kept = spans.filter((s) => !isShapeOnlyAcronym(text, s, spans) || tagged.some((t) => overlapping(t, s)));
  const proposals = taggerProposals(text, tagged, kept.filter((s) => s.kind !== "unknown"));
  const retyped = kept.map((s): Span => {
    const p = s.kind === "unknown" ? proposals.find((q) => overlapping(q, s)) : undefined;
    return p ? { ...s, kind: p.type } : s;
  });
  const added: Span[] = proposals
    .filter((p) => !kept.some((s) => overlapping(p, s)))
    .map((p) => ({ start: p.start, end: p.end, kind: p.type, label: cleanLabel(text.slice(p.start, p.end)), sentence: Math.max(0, sentences.findIndex((s) => p.start < s.end)) }));
  return [...retyped, ...added].filter((s) => s.label).sort((a, b) => a.start - b.start);
}
