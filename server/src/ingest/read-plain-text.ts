/** A `text/plain` body of `POST /api/documents` (an article pasted in the viewer, or sent by curl), read as the CLI reads a .txt file. */
import { wellFormed } from "../safe-text.js";
import type { SourceDocument } from "../types.js";
import { contentHash } from "./content-hash.js";
import { InvalidRecordError } from "./errors.js";
import { readTxt } from "./read-txt.js";
import { wellFormedDocument } from "./well-formed.js";

/**
 * The document of a plain-text body: a short first line is its title and a dateline near the top
 * its date and outlet, as for a .txt file, unless `title` is given (`?title=`, which wins). Its id
 * is `doc-<first 12 hex digits of the content hash>`, as for a JSON record without one. Throws
 * `InvalidRecordError` (400) for a blank text.
 */
export function readPlainTextBody(text: string, title?: string): SourceDocument {
  if (!text.trim()) throw new InvalidRecordError(0, "text", `"text" is empty`);
  const id = `doc-${contentHash(wellFormed(text)).slice(0, 12)}`;
  const [doc] = readTxt(text, { path: "api", id }).documents;
  return wellFormedDocument(title?.trim() ? { ...doc, title: title.trim() } : doc);
}
