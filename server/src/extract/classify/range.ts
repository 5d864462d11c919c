/** Building blocks of the classification rules: the text of a range of terms, and a typed span over it. */
import type { Term } from "../parse-terms.js";
import type { Span } from "../spans.js";
import type { ClassifyContext } from "../rule-types.js";
import { WORD_PREFIXES } from "../lexicon/index.js";
import { bareEnd, hyphenatedToNext, isPersonTagged, lowerWord } from "../term-shape.js";

/** The text of the terms [a, b], without the last one's possessive. */
export const surfaceOf = (ctx: ClassifyContext, a: number, b: number): string => ctx.text.slice(ctx.terms[a].start, bareEnd(ctx.terms[b]));

/** A span over the terms [a, b]. */
export function span(ctx: ClassifyContext, a: number, b: number, kind: Span["kind"], label: string, role?: string): Span {
  const s: Span = { start: ctx.terms[a].start, end: bareEnd(ctx.terms[b]), kind, label, sentence: ctx.terms[a].sentence };
  if (role) s.role = role;
  return s;
}

/** A thing's name over the terms [a, b]: no entity, but remembered for the corpus (`Span.thing`). */
export function thing(ctx: ClassifyContext, a: number, b: number, label: string): Span {
  return { ...span(ctx, a, b, "unknown", label), thing: true };
}

/** A term that is a place but not a person in compromise's eyes. */
export function isPlaceTagged(t: Term): boolean {
  return (t.tags.has("Place") || t.tags.has("City") || t.tags.has("Region")) && !isPersonTagged(t);
}

/** Shaped like an adjective of a people that no gazetteer lists ("Kurdish"): ending in "-ish", "-ese" or "-ian". */
export function isPeoplesAdjective(word: string): boolean {
  return /(ish|ese|ian)$/i.test(word);
}

/** "Co" in "Co-founder", "Co-founded by", "Co-chairman": an English prefix before a lowercase word, not the company abbreviation. */
export function isWordPrefix(ctx: ClassifyContext, i: number): boolean {
  const next = ctx.terms[i + 1];
  return hyphenatedToNext(ctx.terms[i]) && next !== undefined && /^\p{Ll}/u.test(next.text) && WORD_PREFIXES.has(lowerWord(ctx.terms[i]));
}
