/**
 * Splits a document into sentences with character offsets and paragraph indexes.
 * Blank lines separate paragraphs; a line break ends a sentence (headlines,
 * captions and datelines carry no final stop) unless the text runs on in lowercase;
 * a stop ends one unless it closes an abbreviation ("Mr.", "Dec.", "U.S.", "J.").
 */
import type { SentenceSpan } from "../types.js";

/** Words written with a period that rarely end a sentence. */
const ABBREVIATIONS = new Set([
  "mr", "mrs", "ms", "dr", "prof", "sr", "jr", "st", "mt", "ft", "gen", "lt", "col", "maj", "capt", "sgt", "cpl", "pvt", "spc", "adm", "brig", "cmdr", "gov", "sen", "rep", "rev", "hon", "pres",
  "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "no", "nos", "vs", "etc", "inc", "corp", "ltd", "co", "approx", "dept", "est", "fig", "al", "op", "vol",
]);

/** True when the period at `dot` belongs to an abbreviation or an initial, not to the end of a sentence. */
function isAbbreviationStop(text: string, dot: number): boolean {
  const before = text.slice(Math.max(0, dot - 12), dot).match(/[\p{L}.]+$/u)?.[0] ?? "";
  if (!before) return false;
  if (/^\p{Lu}$/u.test(before)) return true; // an initial: "Stephen J. Townsend"
  if (/^(\p{L}\.)+\p{L}$/u.test(before)) return true; // dotted acronym: "U.S", "U.K", "e.g"
  return ABBREVIATIONS.has(before.toLowerCase());
}

/** Splits one line (no line breaks inside) into [start, end) pieces at sentence stops. */
function splitLine(text: string, from: number, to: number, out: [number, number][]): void {
  const stop = /[.!?…]+["'”’)\]]*(?=\s+["“‘([]?[\p{Lu}\d])/gu;
  stop.lastIndex = from;
  let start = from;
  for (let m = stop.exec(text); m && m.index < to; m = stop.exec(text)) {
    const end = m.index + m[0].length;
    if (m[0] === "." && isAbbreviationStop(text, m.index)) continue;
    out.push([start, end]);
    start = end;
  }
  out.push([start, to]);
}

/** Sentences of `text`, each trimmed of surrounding whitespace, with the index of its paragraph. */
export function splitSentences(text: string): SentenceSpan[] {
  const sentences: SentenceSpan[] = [];
  let paragraph = -1;
  let paragraphOpen = false;
  const lines = text.matchAll(/[^\n]*(\n|$)/g);
  let pending: [number, number] | null = null; // a line that runs on into the next one
  const flush = (): void => {
    if (!pending) return;
    const pieces: [number, number][] = [];
    splitLine(text, pending[0], pending[1], pieces);
    for (const [s, e] of pieces) {
      const lead = text.slice(s, e).search(/\S/);
      if (lead < 0) continue;
      const trail = text.slice(s, e).match(/\s*$/)?.[0].length ?? 0;
      sentences.push({ start: s + lead, end: e - trail, paragraph });
    }
    pending = null;
  };
  for (const m of lines) {
    const lineStart = m.index ?? 0;
    const content = m[0].replace(/\n$/, "");
    if (!content.trim()) {
      flush();
      paragraphOpen = false;
      if (lineStart >= text.length) break;
      continue;
    }
    if (!paragraphOpen) {
      paragraph++;
      paragraphOpen = true;
    }
    const lineEnd = lineStart + content.length;
    // A wrapped line: the previous one ends without a stop and this one opens in lowercase.
    if (pending && !/[.!?:;"”]\s*$/.test(text.slice(pending[0], pending[1])) && /^\s*\p{Ll}/u.test(content)) {
      pending = [pending[0], lineEnd];
    } else {
      flush();
      pending = [lineStart, lineEnd];
    }
  }
  flush();
  return sentences;
}
