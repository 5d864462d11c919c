/** A linear-time regex tokenizer that keeps each token's character offsets, so tagged tokens map back to the text. */

export interface Token {
  text: string;
  start: number;
  end: number;
}

/**
 * One pass of a sticky-free global regex, alternatives tried in order:
 * dotted abbreviations ("U.S.", "U.K."), a single capital initial before a space ("J. Smith"),
 * words with inner hyphens or apostrophes ("Al-Qaeda", "O'Brien") but not a possessive "'s",
 * which stays a token of its own so a name ends before it, numbers, and any other single character.
 */
const TOKEN = /(?:\p{L}\.){2,}|\p{Lu}\.(?=\s)|[\p{L}\p{M}\p{N}]+(?:[-'’&](?![sS]\b)[\p{L}\p{M}\p{N}]+)*|['’][sS]\b|\S/gu;

/** Tokens of `text` between `start` and `end` (defaults: the whole text), with absolute offsets. */
export function tokenize(text: string, start = 0, end = text.length): Token[] {
  const slice = text.slice(start, end);
  const tokens: Token[] = [];
  for (const m of slice.matchAll(TOKEN)) {
    const s = start + (m.index ?? 0);
    tokens.push({ text: m[0], start: s, end: s + m[0].length });
  }
  return tokens;
}
