/**
 * Splits a document into sentences with character offsets and paragraph indexes.
 * Blank lines separate paragraphs; a line break ends a sentence (headlines,
 * captions and datelines carry no final stop) unless the text runs on in lowercase;
 * a stop ends one unless it closes an abbreviation ("Mr.", "Dec.", "U.S.", "J.").
 * Every scan moves forward over each character a bounded number of times: regexes
 * such as /[.!?]+(?=\s+[A-Z])/ or /\s*$/ backtrack quadratically on 100 KB of dots or
 * spaces, which froze a worker for minutes.
 */
import { EXTRACTION_LIMITS } from "../config.js";
import type { SentenceSpan } from "../types.js";
import { cutLongSpan, isSpace, trimSpan } from "./bound-sentences.js";

/** Words written with a period that rarely end a sentence. */
const ABBREVIATIONS = new Set([
  "mr", "mrs", "ms", "dr", "prof", "sr", "jr", "st", "mt", "ft", "gen", "lt", "col", "maj", "capt", "sgt", "cpl", "pvt", "spc", "adm", "brig", "cmdr", "gov", "sen", "rep", "rev", "hon", "pres",
  "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "no", "nos", "vs", "etc", "inc", "corp", "ltd", "co", "approx", "dept", "est", "fig", "al", "op", "vol",
]);

const STOPS = new Set([".", "!", "?", "…"]);
const CLOSERS = new Set(['"', "'", "”", "’", ")", "]"]);
const OPENERS = new Set(['"', "“", "‘", "(", "["]);
/** Characters a line may end with and still not run on into a lowercase next line ("said:", "Why?"). */
const LINE_ENDERS = new Set([".", "!", "?", ":", ";", '"', "”"]);

/** True when the period at `dot` belongs to an abbreviation or an initial, not to the end of a sentence. */
function isAbbreviationStop(text: string, dot: number): boolean {
  const before = text.slice(Math.max(0, dot - 12), dot).match(/[\p{L}.]+$/u)?.[0] ?? "";
  if (!before) return false;
  if (/^\p{Lu}$/u.test(before)) return true; // an initial: "Stephen J. Townsend"
  if (/^(\p{L}\.)+\p{L}$/u.test(before)) return true; // dotted acronym: "U.S", "U.K", "e.g"
  return ABBREVIATIONS.has(before.toLowerCase());
}

/** True when a sentence may open at `at`: an optional opening quote or bracket, then a capital or a digit. */
function opensSentence(text: string, at: number): boolean {
  const from = OPENERS.has(text[at]) ? at + 1 : at;
  return /^[\p{Lu}\d]/u.test(text.slice(from, from + 2));
}

/**
 * End of the sentence stop starting at `at` (a run of stops, then closing quotes or brackets),
 * or -1 when no sentence opens after it: whitespace, then `opensSentence`. The same test as
 * /[.!?…]+["'”’)\]]*(?=\s+["“‘([]?[\p{Lu}\d])/u, without its backtracking.
 */
function stopEnd(text: string, at: number): number {
  let i = at;
  while (i < text.length && STOPS.has(text[i])) i++;
  while (i < text.length && CLOSERS.has(text[i])) i++;
  const end = i;
  if (!isSpace(text[i])) return -1;
  while (isSpace(text[i])) i++;
  return opensSentence(text, i) ? end : -1;
}

/** Splits one line (or run of wrapped lines) into [start, end) pieces at sentence stops. */
function splitLine(text: string, from: number, to: number, out: [number, number][]): void {
  let start = from;
  let i = from;
  while (i < to) {
    if (!STOPS.has(text[i])) {
      i++;
      continue;
    }
    let run = i;
    while (run < text.length && STOPS.has(text[run])) run++;
    const end = stopEnd(text, i);
    if (end >= 0 && !(end === i + 1 && text[i] === "." && isAbbreviationStop(text, i))) {
      out.push([start, end]);
      start = end;
    }
    i = Math.max(run, end);
  }
  out.push([start, to]);
}

/** The last character of [from, to) that is not whitespace, or "" when there is none. */
function lastVisible(text: string, from: number, to: number): string {
  let i = to;
  while (i > from && isSpace(text[i - 1])) i--;
  return i > from ? text[i - 1] : "";
}

/**
 * Sentences of `text`, each trimmed of surrounding whitespace, with the index of its paragraph.
 * A sentence longer than `maxChars` is cut at the whitespace nearest the limit (hard-cut when
 * there is none) and the pieces are marked `cut`: no real sentence is that long (the longest of
 * the 41,103 sentences in the BBC corpus has 1,063 characters), and every later step, compromise
 * included, works per sentence.
 */
export function splitSentences(text: string, maxChars: number = EXTRACTION_LIMITS.maxSentenceChars): SentenceSpan[] {
  const sentences: SentenceSpan[] = [];
  let paragraph = -1;
  let paragraphOpen = false;
  let pending: [number, number] | null = null; // a line that runs on into the next one
  const flush = (): void => {
    if (!pending) return;
    const pieces: [number, number][] = [];
    splitLine(text, pending[0], pending[1], pieces);
    for (const piece of pieces) {
      const trimmed = trimSpan(text, piece[0], piece[1]);
      if (trimmed) cutLongSpan(text, trimmed[0], trimmed[1], maxChars, (start, end, cut) => sentences.push(cut ? { start, end, paragraph, cut } : { start, end, paragraph }));
    }
    pending = null;
  };
  let lineStart = 0;
  while (lineStart <= text.length) {
    const newline = text.indexOf("\n", lineStart);
    const lineEnd = newline < 0 ? text.length : newline;
    const visible = trimSpan(text, lineStart, lineEnd);
    if (!visible) {
      flush();
      paragraphOpen = false;
    } else {
      if (!paragraphOpen) {
        paragraph++;
        paragraphOpen = true;
      }
      // A wrapped line: the previous one ends without a stop and this one opens in lowercase.
      if (pending && !LINE_ENDERS.has(lastVisible(text, pending[0], pending[1])) && /^\p{Ll}/u.test(text.slice(visible[0], visible[0] + 2))) {
        pending = [pending[0], lineEnd];
      } else {
        flush();
        pending = [lineStart, lineEnd];
      }
    }
    if (newline < 0) break;
    lineStart = newline + 1;
  }
  flush();
  return sentences;
}
