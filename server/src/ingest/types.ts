/** The shapes the ingest stage hands on: documents with their content hash, and what was skipped and why. */
import type { SourceDocument } from "../types.js";

/**
 * A document as read by ingest: the source document (its `path` relative to the input named,
 * as stored and shown) plus the hash of its normalised text and the file it was read from.
 */
export type ReadDocument = SourceDocument & {
  hash: string;
  /** The file as found under the inputs named (`../corpus/a.txt`, `/srv/x.txt`): for the CLI's own output, never stored. */
  file?: string;
};

/** Why an input was skipped; tests and callers branch on this, not on the wording of `reason`. */
export type SkipKind =
  | "missing" // the path does not exist
  | "unreadable" // permission denied, a folder where a file was expected, an I/O error
  | "binary" // NUL bytes or mostly control characters: not text
  | "empty" // nothing but whitespace
  | "invalid-json" // a .json file that does not parse, or whose top level is not a record or a list
  | "invalid-record" // one record of a .json/.jsonl file is malformed; its siblings are kept
  | "duplicate" // the same normalised text was already read in this batch
  | "duplicate-id" // another document of this batch already has this id (two files "a/x.txt" and "b/x.md")
  | "special" // a named pipe, socket or device: never opened (reading a FIFO waits forever)
  | "too-large" // a file over `maxFileBytes`, or a document over `maxDocumentChars`
  | "symlink-loop"; // a symbolic link to a folder that holds it

/** An input (file, or one record of a file) that was not read, with the reason. */
export interface SkippedInput {
  path: string;
  reason: string;
  kind: SkipKind;
  /** 1-based line of a .jsonl record. */
  line?: number;
  /** 0-based position of a record in a .json list. */
  index?: number;
}

export interface ReadResult {
  documents: ReadDocument[];
  skipped: SkippedInput[];
}

/** What one format reader makes of one decoded file. */
export interface FormatResult {
  documents: SourceDocument[];
  skipped: SkippedInput[];
}

/** A format reader: decoded text of a file in, documents out. `id` is the file name without extension. */
export type FormatReader = (text: string, file: { path: string; id: string }) => FormatResult;
