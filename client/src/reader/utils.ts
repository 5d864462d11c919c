/** The article reader's pure part: a document's text cut into sentences and, within them, mention and plain pieces. */
import type { Mention, SentenceSpan } from "../../../server/src/types";

/** A run of the text: plain, or one mention of an entity. */
export interface Piece {
  text: string;
  mention?: Mention;
}

/** A stretch of the text: one sentence (its index) or the gap between two (index null: blank lines, a dateline). */
export interface Stretch {
  sentence: number | null;
  pieces: Piece[];
}

/** The pieces of `text` in [start, end), with the mentions that lie inside it cut out as their own pieces. */
function piecesOf(text: string, start: number, end: number, mentions: readonly Mention[]): Piece[] {
  const pieces: Piece[] = [];
  let at = start;
  for (const mention of mentions) {
    // A mention overlapping one already cut, or straying out of its sentence, stays plain text.
    if (mention.start < at || mention.end > end || mention.start >= mention.end) continue;
    if (mention.start > at) pieces.push({ text: text.slice(at, mention.start) });
    pieces.push({ text: text.slice(mention.start, mention.end), mention });
    at = mention.end;
  }
  if (at < end) pieces.push({ text: text.slice(at, end) });
  return pieces;
}

/**
 * The whole of `text` as stretches in order: each sentence with its mentions, and the text between
 * sentences as plain stretches, so that joining every piece gives the text back exactly (the
 * reader shows it as written, line breaks included).
 */
export function readerStretches(text: string, sentences: readonly SentenceSpan[], mentions: readonly Mention[]): Stretch[] {
  const bySentence = new Map<number, Mention[]>();
  for (const mention of mentions) {
    const list = bySentence.get(mention.sentence);
    if (list) list.push(mention);
    else bySentence.set(mention.sentence, [mention]);
  }
  const stretches: Stretch[] = [];
  let at = 0;
  sentences.forEach((sentence, index) => {
    if (sentence.start < at || sentence.end <= sentence.start) return;
    if (sentence.start > at) stretches.push({ sentence: null, pieces: [{ text: text.slice(at, sentence.start) }] });
    const own = (bySentence.get(index) ?? []).slice().sort((a, b) => a.start - b.start || b.end - a.end);
    stretches.push({ sentence: index, pieces: piecesOf(text, sentence.start, sentence.end, own) });
    at = sentence.end;
  });
  if (at < text.length) stretches.push({ sentence: null, pieces: [{ text: text.slice(at) }] });
  return stretches;
}

/** "Title · Outlet · 2022-09-16", leaving out what is not known; the id when there is no title. */
export function documentLine(doc: { document?: string; id?: string; title?: string; outlet?: string; published?: string }): string {
  return [doc.title ?? doc.id ?? doc.document ?? "", doc.outlet, doc.published].filter((part): part is string => Boolean(part)).join(" · ");
}
