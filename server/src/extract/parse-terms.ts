/**
 * Parses a document with compromise once per chunk of lines and returns its terms
 * with character offsets, part-of-speech tags and the index of the sentence (ours,
 * from split-sentences) that holds each. Every later step works on these terms:
 * calling nlp() again per sentence would cost about a quarter of the throughput.
 */
import { EXTRACTION_LIMITS } from "../config.js";
import type { SentenceSpan } from "../types.js";
import { isSpace } from "./bound-sentences.js";
import { parseWithTags } from "./compromise-parse.js";

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

/**
 * compromise joins the sentence after a line break to the one before when it closes a quote or a
 * bracket opened there, looking at most 280 characters ahead (its MAX_QUOTE; MAX_LEN for brackets is 250).
 */
const CLOSES_ACROSS_LINES = /["\uFF02\u201D\u2019\u00BB\u203A\u2032-\u2034\u301E\u300D\u300F)\uFF09]/;
const QUOTE_REACH = 280;

/** True when compromise, parsing the whole text, would end a sentence at the line break before `lineStart` too. */
function splitsAtLineBreak(text: string, lineStart: number): boolean {
  return !CLOSES_ACROSS_LINES.test(text.slice(lineStart, lineStart + QUOTE_REACH));
}

/**
 * The [start, end) pieces of `text` handed to compromise one at a time. compromise's sentence
 * splitting is quadratic in the length of a sentence it merges ("Mr. Mr. Mr. ...", 100 KB of
 * "Aa... Ba..."), and it never merges across a line break unless a quote closes after it: a
 * chunk ends at such a line break once it holds `minChars`, so ordinary text parses as in one
 * call. A line longer than `maxChars` (no news line is: the longest BBC line has 2,572
 * characters) is cut between two of our sentences, and a piece of a cut sentence is parsed alone.
 */
export function parseChunks(text: string, sentences: SentenceSpan[], minChars = EXTRACTION_LIMITS.parseChunkMinChars, maxChars = EXTRACTION_LIMITS.parseChunkMaxChars): [number, number][] {
  const chunks: [number, number][] = [];
  let start = 0;
  let line = 0; // where the line of the current sentence starts, or its last cut
  for (let i = 0; i + 1 < sentences.length; i++) {
    const cur = sentences[i];
    const next = sentences[i + 1];
    const lineBreak = text.slice(cur.end, next.start).includes("\n");
    const cut = cur.cut || next.cut || (lineBreak ? next.start - start >= minChars && splitsAtLineBreak(text, next.start) : next.end - line > maxChars);
    if (lineBreak || cut) line = next.start;
    if (cut) {
      chunks.push([start, next.start]);
      start = next.start;
    }
  }
  if (start < text.length) chunks.push([start, text.length]);
  return chunks;
}

/** Punctuation that closes a clause: a piece cut after it keeps the names of the sentence whole. */
const CLAUSE_END = new Set([",", ";", ":", ")", "\u2013", "\u2014"]);

/**
 * Cuts [start, end) into pieces of at most `maxChars`: after the last clause mark followed by
 * whitespace in the second half of a piece's reach ("..., David Callam said" is not cut inside the
 * name), else at its last whitespace, else at the limit (a hard cut, as `cutLongSpan` makes).
 * A backward search never goes below the start of its piece, so no character is scanned more than twice.
 */
function cutAtClauses(text: string, start: number, end: number, maxChars: number, emit: (start: number, end: number) => void): void {
  let from = start;
  while (end - from > maxChars) {
    const limit = from + maxChars;
    let at = limit;
    while (at > from + maxChars / 2 && !(CLAUSE_END.has(text[at - 1]) && isSpace(text[at]))) at--;
    if (at <= from + maxChars / 2) {
      at = limit;
      while (at > from && !isSpace(text[at])) at--;
      if (at === from) at = /[\uDC00-\uDFFF]/.test(text[limit]) ? limit - 1 : limit;
    }
    emit(from, at);
    from = at;
    while (from < end && isSpace(text[from])) from++;
  }
  if (from < end) emit(from, end);
}

/**
 * The chunks with each sentence longer than `maxChars` taken out and cut at whitespace into pieces
 * of at most `maxChars`, each parsed alone: the text between stays in chunks of its own.
 */
export function boundChunks(chunks: [number, number][], sentences: SentenceSpan[], text: string, maxChars = EXTRACTION_LIMITS.parsePieceMaxChars): [number, number][] {
  const out: [number, number][] = [];
  let s = 0;
  for (const [from, to] of chunks) {
    let start = from;
    for (; s < sentences.length && sentences[s].start < to; s++) {
      const { start: ss, end: se } = sentences[s];
      if (se - ss <= maxChars) continue;
      if (ss > start) out.push([start, ss]);
      cutAtClauses(text, ss, se, maxChars, (a, b) => out.push([a, b]));
      start = se;
    }
    if (to > start) out.push([start, to]);
  }
  return out;
}

/** Locates each compromise term in `text` (a forward scan within its chunk, so it survives any normalization) and tags it with its sentence. */
export function parseTerms(text: string, sentences: SentenceSpan[]): Term[] {
  const terms: Term[] = [];
  let sentence = 0;
  for (const [from, to] of boundChunks(parseChunks(text, sentences), sentences, text)) {
    const chunk = text.slice(from, to);
    let cursor = 0;
    for (const phrase of parseWithTags(chunk).document) {
      for (const t of phrase) {
        if (!t.text) continue; // the implicit half of a contraction ("do" of "don't") has no characters
        const local = chunk.startsWith(t.text, cursor + t.pre.length) ? cursor + t.pre.length : chunk.indexOf(t.text, cursor);
        if (local < 0) continue;
        cursor = local + t.text.length;
        const start = from + local;
        while (sentence < sentences.length - 1 && start >= sentences[sentence].end) sentence++;
        terms.push({ text: t.text, start, end: start + t.text.length, tags: t.tags ?? new Set(), post: t.post, pre: t.pre, sentence });
      }
    }
  }
  return terms;
}
