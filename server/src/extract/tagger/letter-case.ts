/** Whether a word opens with a capital or a lowercase letter, with the Unicode regexes only past ASCII (most news text is ASCII). */

/** Whether a word opens with a capital ("Putin", "Éire"): the same answer as /^\p{Lu}/u, whose only ASCII capitals are A-Z. */
export function isCapitalized(word: string): boolean {
  const code = word.charCodeAt(0);
  if (code < 128) return code >= 65 && code <= 90;
  return /^\p{Lu}/u.test(word);
}

/** Whether a word opens with a lowercase letter ("the", "état"): the same answer as /^\p{Ll}/u, whose only ASCII ones are a-z. */
export function isLowercased(word: string): boolean {
  const code = word.charCodeAt(0);
  if (code < 128) return code >= 97 && code <= 122;
  return /^\p{Ll}/u.test(word);
}
