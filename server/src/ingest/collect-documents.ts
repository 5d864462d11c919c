/** The documents of one batch, hashed, with duplicates of content or id left out: shared by the CLI's inputs and the API's uploads. */
import { contentHash } from "./content-hash.js";
import type { FormatResult, ReadDocument, ReadResult } from "./types.js";

/** One file's documents as read, and where each is stored (its `path`) and was found (`file`). */
export interface ReadFile {
  result: FormatResult;
  /** The stored path of the file's documents (`seeds/000_x.txt`, an upload's name). */
  path: string;
  /** The file as found on disk, for the CLI's own output; absent for uploads. */
  file?: string;
}

/**
 * Every document of the batch with its hash, in order. A document whose normalised text was
 * already read in this batch is skipped ("duplicate of <id>"), and so is one whose id another
 * document of the batch has: ids key the store, and two files "a/x.txt" and "b/x.md" would
 * otherwise be one document.
 */
export function collectDocuments(files: readonly ReadFile[]): ReadResult {
  const result: ReadResult = { documents: [], skipped: [] };
  const idOfHash = new Map<string, string>();
  const pathOfId = new Map<string, string>();
  for (const { result: read, path, file } of files) {
    result.skipped.push(...read.skipped);
    for (const doc of read.documents) {
      const hash = contentHash(doc.text);
      const first = idOfHash.get(hash);
      if (first !== undefined) {
        result.skipped.push({ path: doc.path, kind: "duplicate", reason: `duplicate of ${first}` });
        continue;
      }
      const taken = pathOfId.get(doc.id);
      if (taken !== undefined) {
        result.skipped.push({ path: doc.path, kind: "duplicate-id", reason: `id "${doc.id}" is already used by ${taken}: rename the file or give the record an id` });
        continue;
      }
      idOfHash.set(hash, doc.id);
      pathOfId.set(doc.id, doc.path);
      const read: ReadDocument = { ...doc, path, hash };
      if (file !== undefined) read.file = file;
      result.documents.push(read);
    }
  }
  return result;
}
