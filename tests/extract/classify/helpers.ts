/** Helpers for the classification rule tests: type a small text (no resolution) and read which rules decided what. */
import { splitSentences } from "../../../server/src/extract/split-sentences.js";
import { parseTerms } from "../../../server/src/extract/parse-terms.js";
import { findCandidates } from "../../../server/src/extract/candidate-spans.js";
import { splitLists } from "../../../server/src/extract/split-lists.js";
import { classifyCandidates, type TypeDecision } from "../../../server/src/extract/classify/index.js";
import type { Span } from "../../../server/src/extract/spans.js";

/** The typed spans of a text and the decisions behind them. */
export function typeText(text: string, demonymsAsCountries = true): { spans: Span[]; decisions: TypeDecision[] } {
  const sentences = splitSentences(text);
  const terms = parseTerms(text, sentences);
  const decisions: TypeDecision[] = [];
  const spans = classifyCandidates({ text, terms, demonymsAsCountries }, splitLists(text, terms, findCandidates(text, terms, sentences)), decisions);
  return { spans, decisions };
}

/** The ids of the rules that decided something in the text, in the order they decided. */
export function fired(text: string): string[] {
  return typeText(text).decisions.map((d) => d.rule);
}

/** What `rule` decided in the text, as "kind:label" per span ("[]" for a range it dropped); empty when it never decided. */
export function decidedBy(text: string, rule: string): string[] {
  return typeText(text)
    .decisions.filter((d) => d.rule === rule)
    .map((d) => (d.spans.length === 0 ? "[]" : d.spans.map((s) => `${s.kind}:${s.label}`).join(" + ")));
}
