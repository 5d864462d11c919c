/** Shapes the store takes and returns, beyond the shared ones in server/src/types.ts. */
import type { ResolvableDocument } from "../extract/index.js";
import type { DocumentQuery, DocumentSummary, ExtractedDocument } from "../types.js";

/** What `addDocument` stores: the extractor's output (with its typed spans, if given) plus what ingestion knows about the file. */
export type StoredDocumentInput = ResolvableDocument & {
  /** Content hash (see ingest's `contentHash`): a second document with the same hash is a duplicate. */
  hash: string;
  url?: string;
  outlet?: string;
};

/** A stored document with everything derived from it. */
export type StoredDocument = ExtractedDocument & DocumentSummary;

/**
 * The answer of `addDocument`. `id` is the id actually used: the requested one, or
 * `<id>-2`, `-3`... when a different document already had it. Callers must use `id`
 * (not the id they asked for) in the graph and in their answers.
 */
export type AddDocumentResult =
  | { added: true; id: string; requestedId: string }
  | { added: false; requestedId: string; duplicateOf: string };

/** The answer of `addDocuments`; `index` is the position in the list handed in. */
export interface AddDocumentsResult {
  added: { index: number; id: string; requestedId: string }[];
  skipped: { index: number; requestedId: string; duplicateOf: string }[];
}

/** Connection settings; see `STORE_DEFAULTS`. */
export interface StoreOptions {
  /** How long a write waits for another process's write lock before failing with SQLITE_BUSY. */
  busyTimeoutMs: number;
}

/**
 * Which documents `searchDocuments` and `documentFacets` keep: the API's filters (`q` case-insensitive for ASCII
 * letters, as SQLite's LIKE; `from`/`to` inclusive), with the entity filters already turned into document ids, since
 * only the graph knows which documents mention an entity after resolution and curation.
 */
export interface DocumentFilter extends Omit<DocumentQuery, "entity" | "neighbor" | "sort"> {
  /** Only these documents. */
  ids?: readonly string[];
}
