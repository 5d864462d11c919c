/**
 * The rules' spans joined with the learned tagger's names (the `tagger` option): the tagger proposes
 * names where no rule looked, types the capitalized runs no rule could type, and has a say on the
 * one kind of rule span that rests on letter shapes alone, an acronym nobody defines.
 */
import type { SentenceSpan } from "../types.js";
import type { Span } from "./spans.js";
import { cleanLabel } from "./clean-label.js";
import { isLexiconOrganization, readsAsOrdinaryWord } from "./compromise-lexicon.js";
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

/** The rules' decision on the terms under [start, end) (`classifyCharRange`). */
export type TypeCharRange = (start: number, end: number) => { spans: Span[]; rule: string } | undefined;

/** The rule that reads a lone acronym as a thing ("an IED", "the PCs"): its "no entity" stands against a proposal. */
const THING_ACRONYM_RULE = "thing-acronym";

/**
 * The spans with the tagger's say. A shape-only acronym stays only where the tagger also finds a name
 * over it. A tagger name that no rule span overlaps (things included) is typed by the rules as a candidate
 * of its own: a rule's type wins ("talks with Acme Holdings" where the candidate finder stopped short),
 * a rule's "no entity" drops it (a city, "the PCs"), and a run no rule can type takes the tagger's type.
 * A rule span left untyped takes the type of the proposal over it, keeping the rules' boundaries.
 * Every other typed rule span is kept as it is: the rules stay in charge of their conventions.
 */
export function withTaggerSpans(text: string, sentences: readonly SentenceSpan[], spans: readonly Span[], typeRange?: TypeCharRange, tagged: readonly TaggedSpan[] = tagSpans(text, sentences)): Span[] {
  const kept = spans.filter((s) => !isShapeOnlyAcronym(text, s, spans) || tagged.some((t) => overlapping(t, s)));
  const proposals = taggerProposals(text, tagged, kept.filter((s) => s.kind !== "unknown"));
  const retyped = kept.map((s): Span => {
    // "Civilians fled": a sentence opener that reads as an ordinary word keeps waiting for resolution.
    if (s.kind !== "unknown" || (s.opener && readsAsOrdinaryWord(s.label))) return s;
    const p = proposals.find((q) => overlapping(q, s));
    return p ? { ...s, kind: p.type, proposed: true } : s;
  });
  const added: Span[] = [];
  for (const p of proposals) {
    if (kept.some((s) => overlapping(p, s))) continue;
    const ruled = typeRange?.(p.start, p.end);
    if (ruled?.rule === THING_ACRONYM_RULE) continue;
    if (ruled === undefined || ruled.spans.length === 0) {
      const sentence = Math.max(0, sentences.findIndex((s) => p.start < s.end));
      added.push({ start: p.start, end: p.end, kind: p.type, label: cleanLabel(text.slice(p.start, p.end)), sentence, proposed: true });
    } else for (const s of ruled.spans) added.push(s.thing || s.kind !== "unknown" ? s : { ...s, kind: p.type, opener: undefined, proposed: true });
  }
  return [...retyped, ...added].filter((s) => s.label).sort((a, b) => a.start - b.start);
}
