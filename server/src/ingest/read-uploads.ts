/** Files uploaded through the viewer (`POST /api/files`), read by the same readers as the files the CLI names. */
import { collectDocuments } from "./collect-documents.js";
import { readContent, type InputLimits } from "./read-content.js";
import type { ReadResult } from "./types.js";

/** One uploaded file: the name the browser gave it and its bytes as sent. */
export interface UploadedFile {
  name: string;
  bytes: Uint8Array;
}

/**
 * The stored path of an uploaded file: its name with forward slashes, and without a drive, a
 * leading slash or "." and ".." segments, so a name such as `../../etc/passwd` or `C:\news\a.md`
 * is kept as `etc/passwd` or `news/a.md`: it names the file within what was dropped (a folder's
 * relative path gives documents their category), never a place on the server.
 */
export function uploadPath(name: string): string {
  const segments = name
    .replace(/\\/g, "/")
    .replace(/^[A-Za-z]:/, "")
    .split("/")
    .filter((s) => s !== "" && s !== "." && s !== "..");
  return segments.join("/");
}

/**
 * Reads each uploaded file by its extension (`.md` front matter, `.html` meta tags, `.json`/`.jsonl`
 * records, anything else as `.txt`) into documents stored under `uploadPath(name)`. A binary, empty,
 * oversized or malformed file is listed in `skipped` with the reason and the others are read.
 */
export function readUploads(files: readonly UploadedFile[], limits: Partial<InputLimits> = {}): ReadResult {
  return collectDocuments(
    files.map((file) => {
      const path = uploadPath(file.name);
      return { result: readContent(path, file.bytes, limits), path };
    }),
  );
}
