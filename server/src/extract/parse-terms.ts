/**
 * Parses a document with compromise exactly once and returns its terms with
 * character offsets, part-of-speech tags and the index of the sentence (ours,
 * from split-sentences) that holds each. Every later step works on these terms:
 * calling nlp() again per sentence would cost about a quarter of the throughput.
 */
import nlp from "compromise";
import type { SentenceSpan } from "../types.js";

export interface Term {
  /** The term as written (compromise keeps the original characters, possessive 's included). */
  text: string;
  start: number;
  end: number;
  tags: Set<string>;
  /** Punctuation and spaces after the term, as compromise split them off. */
  post: string;
  /** Punctuation before the term (an opening quote or bracket). */
  pre: string;
  /** Index into the document's sentences. */
  sentence: number;
}

/** Locates each compromise term in `text` (a forward scan, so it survives any normalization) and tags it with its sentence. */
export function parseTerms(text: string, sentences: SentenceSpan[]): Term[] {
  const terms: Term[] = [];
  const doc = nlp(text);
  let cursor = 0;
  let sentence = 0;
  for (const phrase of doc.document) {
    for (const t of phrase) {
      if (!t.text) continue; // the implicit half of a contraction ("do" of "don't") has no characters
      const start = text.startsWith(t.text, cursor + t.pre.length) ? cursor + t.pre.length : text.indexOf(t.text, cursor);
      if (start < 0) continue;
      const end = start + t.text.length;
      cursor = end;
      while (sentence < sentences.length - 1 && start >= sentences[sentence].end) sentence++;
      terms.push({ text: t.text, start, end, tags: t.tags ?? new Set(), post: t.post, pre: t.pre, sentence });
    }
  }
  return terms;
}
