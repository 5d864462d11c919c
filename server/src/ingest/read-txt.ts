/** Reads a plain-text article; a short first line without final punctuation is its title, a dateline near the top its date. */
import { detectDateline } from "./detect-dateline.js";
import type { FormatReader } from "./types.js";

/** A title line is shorter than this; longer first lines are the first paragraph of an untitled text. */
const TITLE_MAX_CHARS = 200;
/** A line ending like a sentence (optionally inside quotes or brackets) is text, not a title. */
const SENTENCE_END = /[.!?…:;,]["'”’)\]]*$/u;

/**
 * The title of a plain text, if its first line is one: shorter than 200 characters, not
 * ending like a sentence, and followed by more text on later lines.
 */
export function detectTitleLine(text: string): string | undefined {
  const newline = text.indexOf("\n");
  if (newline < 0) return undefined;
  const line = text.slice(0, newline).trim();
  if (!line || line.length >= TITLE_MAX_CHARS || SENTENCE_END.test(line)) return undefined;
  if (!text.slice(newline + 1).trim()) return undefined;
  return line;
}

/**
 * One document per file. The text is the whole file as decoded, title line included, so
 * character offsets into the file stay valid for `extract`; the title is given beside it.
 */
export const readTxt: FormatReader = (text, { path, id }) => {
  const title = detectTitleLine(text);
  const dateline = detectDateline(text);
  return { documents: [{ id, path, text, ...(title ? { title } : {}), ...dateline }], skipped: [] };
};
