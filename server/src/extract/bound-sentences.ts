/**
 * Whitespace scans and the cut of an over-long sentence, in time linear in the text: each
 * character is looked at a bounded number of times, whatever runs of spaces it holds.
 */

/** Whitespace as /\s/ reads it (an undefined character, past the end of the text, is not), by code: a regex per character is several times slower. */
export function isSpace(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  const c = ch.charCodeAt(0);
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** [from, to) without leading and trailing whitespace, or undefined when nothing is left. */
export function trimSpan(text: string, from: number, to: number): [number, number] | undefined {
  let start = from;
  while (start < to && isSpace(text[start])) start++;
  if (start === to) return undefined;
  let end = to;
  while (end > start && isSpace(text[end - 1])) end--;
  return [start, end];
}

/**
 * Calls `emit` with [start, end) cut into pieces of at most `maxChars`, each cut at the last
 * whitespace before the limit, or at the limit itself when the piece holds no whitespace
 * ("......" or a URL pasted 100 KB long). `cut` is true for every piece of a span that was cut.
 * A backward search never goes below the start of its piece and the next piece starts past the
 * whitespace found, so no character is scanned more than twice.
 */
export function cutLongSpan(text: string, start: number, end: number, maxChars: number, emit: (start: number, end: number, cut: boolean) => void): void {
  if (end - start <= maxChars) {
    emit(start, end, false);
    return;
  }
  let from = start;
  while (end - from > maxChars) {
    const limit = from + maxChars;
    let at = limit;
    while (at > from && !isSpace(text[at])) at--;
    if (at === from) {
      // No whitespace in reach: a hard cut, which may fall inside a word but not inside a character.
      const hard = /[\uDC00-\uDFFF]/.test(text[limit]) ? limit - 1 : limit;
      emit(from, hard, true);
      from = hard;
      continue;
    }
    const piece = trimSpan(text, from, at);
    if (piece) emit(piece[0], piece[1], true);
    from = at;
    while (from < end && isSpace(text[from])) from++;
  }
  if (from < end) emit(from, end, true);
}
