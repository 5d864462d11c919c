/**
 * The words a document writes in lowercase somewhere ("election", "food"): a capitalized form of one
 * of them is an ordinary word at the start of a phrase, not a name. Kept for the last document asked
 * about, since the steps of one document ask in turn.
 */
let lastText: string | undefined;
let lastWords = new Set<string>();

export function writtenLowercase(text: string, word: string): boolean {
  if (text !== lastText) {
    lastText = text;
    lastWords = new Set(text.match(/(?<![\p{L}'’-])\p{Ll}[\p{Ll}'’-]*/gu) ?? []);
  }
  return lastWords.has(word.toLowerCase());
}
