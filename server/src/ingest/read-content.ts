/** One file's bytes to documents, by extension: the step the CLI (files on disk) and `POST /api/files` (uploads) share. */
import { basename, extname } from "node:path";
import { EXTRACTION_LIMITS } from "../config.js";
import { decodeText } from "./decode-text.js";
import { UnreadableInputError } from "./errors.js";
import { readHtml } from "./read-html.js";
import { readMarkdown } from "./read-markdown.js";
import { readJson, readJsonl } from "./read-records.js";
import { readTxt } from "./read-txt.js";
import type { FormatReader, FormatResult, SkippedInput } from "./types.js";
import { wellFormedDocument } from "./well-formed.js";

/** The reader of each extension (lower case, with the dot). */
export const FORMAT_READERS: Readonly<Record<string, FormatReader>> = {
  ".txt": readTxt,
  ".md": readMarkdown,
  ".markdown": readMarkdown,
  ".html": readHtml,
  ".htm": readHtml,
  ".json": readJson,
  ".jsonl": readJsonl,
};

/** Bounds on what is read; `EXTRACTION_LIMITS` by default. */
export interface InputLimits {
  /** Largest file read, in bytes (checked with stat before reading a file on disk). */
  maxFileBytes: number;
  /** Longest document text, in characters. */
  maxDocumentChars: number;
}

export const DEFAULT_INPUT_LIMITS: InputLimits = { maxFileBytes: EXTRACTION_LIMITS.maxFileBytes, maxDocumentChars: EXTRACTION_LIMITS.maxDocumentChars };

/** The file name without its extension: the id of a single-document file. */
export function fileId(path: string): string {
  return basename(path, extname(path));
}

/**
 * Reads one file's bytes into its documents (several for .json/.jsonl) with the reader of its
 * extension, unknown extensions as plain text. Binary, empty, oversized content and bad records
 * are returned in `skipped` with the reason, never thrown.
 */
export function readContent(path: string, bytes: Uint8Array, limits: Partial<InputLimits> = {}): FormatResult {
  const { maxFileBytes, maxDocumentChars } = { ...DEFAULT_INPUT_LIMITS, ...limits };
  let text: string;
  try {
    if (bytes.length > maxFileBytes) throw new UnreadableInputError(path, "too-large", `${bytes.length} bytes, over the limit of ${maxFileBytes}: not read`);
    text = decodeText(bytes, path).text;
  } catch (err) {
    if (err instanceof UnreadableInputError) return { documents: [], skipped: [{ path, kind: err.kind, reason: err.reason }] };
    throw err;
  }
  const reader = FORMAT_READERS[extname(path).toLowerCase()] ?? readTxt;
  const result = reader(text, { path, id: fileId(path) });
  // Markup with no prose (an HTML page of navigation, front matter alone) is as empty as an empty file.
  const prose = result.documents.filter((d) => d.text.trim()).map(wellFormedDocument);
  const empty: SkippedInput[] = prose.length < result.documents.length ? [{ path, kind: "empty", reason: "no article text once markup is removed" }] : [];
  const tooLarge: SkippedInput[] = prose
    .filter((d) => d.text.length > maxDocumentChars)
    .map((d) => ({ path: d.path, kind: "too-large", reason: `document "${d.id}" has ${d.text.length} characters, over the limit of ${maxDocumentChars}: not extracted` }));
  const documents = prose.filter((d) => d.text.length <= maxDocumentChars);
  return { documents, skipped: [...result.skipped, ...empty, ...tooLarge] };
}
