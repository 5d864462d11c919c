/** Helpers for the resolution rule tests: type a small text, resolve its spans, and read which rules decided what. */
import { splitSentences } from "../../../server/src/extract/split-sentences.js";
import { parseTerms } from "../../../server/src/extract/parse-terms.js";
import { findCandidates } from "../../../server/src/extract/candidate-spans.js";
import { splitLists } from "../../../server/src/extract/split-lists.js";
import { classifyCandidates } from "../../../server/src/extract/classify/index.js";
import { inferPersons } from "../../../server/src/extract/infer-persons.js";
import { addNames, emptyNames } from "../../../server/src/extract/known-names.js";
import { resolveEntities, type ResolveDecision, type ResolveOptions } from "../../../server/src/extract/resolve/index.js";
import type { Span } from "../../../server/src/extract/spans.js";

/** The typed spans resolution starts from: classification, then people by context. */
function typedSpans(text: string): Span[] {
  const sentences = splitSentences(text);
  const terms = parseTerms(text, sentences);
  const typed = classifyCandidates({ text, terms, demonymsAsCountries: true }, splitLists(text, terms, findCandidates(text, terms, sentences)));
  return inferPersons({ text, terms }, typed);
}

export interface Given {
  options?: Partial<ResolveOptions>;
  /** Other documents of the corpus, whose typed names join this one's as the corpus index. */
  corpus?: readonly string[];
}

/** The resolution decisions for a text, in document order. */
export function resolveText(text: string, given: Given = {}): ResolveDecision[] {
  const spans = typedSpans(text);
  let corpus;
  if (given.corpus) {
    corpus = addNames(emptyNames(), spans, true);
    for (const other of given.corpus) addNames(corpus, typedSpans(other), true);
  }
  const decisions: ResolveDecision[] = [];
  resolveEntities(text, spans, { resolveWithinDocument: true, resolveRoles: true, ...given.options }, corpus, decisions);
  return decisions;
}

/** What `rule` decided in the text: "surface -> type:label" per span, "surface -> none" for no mention. */
export function resolvedBy(text: string, rule: string, given: Given = {}): string[] {
  return resolveText(text, given)
    .filter((d) => d.rule === rule)
    .map((d) => `${text.slice(d.start, d.end)} -> ${d.named ? `${d.named.type}:${d.named.label}` : "none"}`);
}
