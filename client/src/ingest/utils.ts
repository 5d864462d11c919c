/** Preparing dropped files for `POST /api/files` (no DOM here): base64 of their bytes, and batches under the body limit. */

/** Extensions the file picker offers: the formats the server's readers know (others are read as plain text). */
export const ACCEPTED_EXTENSIONS = [".txt", ".md", ".markdown", ".html", ".htm", ".json", ".jsonl"] as const;

/** A file's bytes as standard base64, in chunks: `String.fromCharCode(...bytes)` of a whole file overflows the call stack. */
export function toBase64(bytes: Uint8Array): string {
  const CHUNK = 0x8000;
  let binary = "";
  for (let i = 0; i < bytes.length; i += CHUNK) binary += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
  return btoa(binary);
}

/** What batching needs to know of a file. */
export interface Sized {
  name: string;
  size: number;
}

/**
 * The files in upload order, grouped so each request carries at most `batchBytes` of file bytes
 * (base64 adds a third, which the server's body limit must leave room for). A file larger than
 * `maxFileBytes` is set apart unread, with the reason, instead of failing its batch with a 413.
 */
export function planUploads<F extends Sized>(files: readonly F[], batchBytes: number, maxFileBytes: number): { batches: F[][]; tooLarge: F[] } {
  const batches: F[][] = [];
  const tooLarge: F[] = [];
  let current: F[] = [];
  let bytes = 0;
  for (const file of files) {
    if (file.size > maxFileBytes) {
      tooLarge.push(file);
      continue;
    }
    if (current.length > 0 && bytes + file.size > batchBytes) {
      batches.push(current);
      current = [];
      bytes = 0;
    }
    current.push(file);
    bytes += file.size;
  }
  if (current.length > 0) batches.push(current);
  return { batches, tooLarge };
}
