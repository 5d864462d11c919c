/** Reads the files and folders named on the command line into documents: walks folders, dispatches by extension, drops duplicates. */
import { readdirSync, readFileSync, realpathSync, statSync, type Stats } from "node:fs";
import { extname, join } from "node:path";
import type { SourceDocument } from "../types.js";
import { collectDocuments } from "./collect-documents.js";
import { decodeText } from "./decode-text.js";
import { documentPath } from "./document-path.js";
import { UnreadableInputError } from "./errors.js";
import { DEFAULT_INPUT_LIMITS, fileId, FORMAT_READERS, readContent, type InputLimits } from "./read-content.js";
import { readTxt } from "./read-txt.js";
import type { FormatResult, ReadResult, SkippedInput } from "./types.js";
import { wellFormedDocument } from "./well-formed.js";

export type { ReadDocument, ReadResult, SkippedInput, SkipKind } from "./types.js";
export { FORMAT_READERS, type InputLimits } from "./read-content.js";

/** Extensions read when a folder is walked. A file named explicitly is read whatever its extension (as plain text if unknown). */
export const INPUT_EXTENSIONS: ReadonlySet<string> = new Set(Object.keys(FORMAT_READERS));
/** @deprecated The name from when only .txt was read; use `INPUT_EXTENSIONS`. */
export const TEXT_EXTENSIONS = INPUT_EXTENSIONS;

/** Plain words for the file-system errors a user can fix. */
function fsReason(err: unknown): string {
  const code = (err as NodeJS.ErrnoException).code;
  if (code === "EACCES" || code === "EPERM") return "permission denied";
  if (code === "EISDIR") return "is a folder, not a file";
  if (code === "ENOENT") return "no such file or folder";
  if (code === "ELOOP") return "symbolic link loop";
  return `cannot be read (${(err as Error).message})`;
}

/** Why a path that is neither a file nor a folder is not read: opening a FIFO blocks until a writer comes. */
function specialReason(stat: Stats): string {
  if (stat.isFIFO()) return "is a named pipe, not a file: not opened";
  if (stat.isSocket()) return "is a socket, not a file: not opened";
  return "is a device, not a file: not opened";
}

/**
 * Lists the document files under each path (folders walked recursively in name order, dotfiles
 * skipped). Pipes, sockets and devices are skipped unopened; a link to a folder that holds it
 * (a loop) is reported and not followed, and a folder reached a second time is not read again.
 */
export function listInputFiles(paths: string[]): { files: string[]; skipped: SkippedInput[] } {
  const files: string[] = [];
  const skipped: SkippedInput[] = [];
  const visited = new Map<string, string>(); // real path of each folder walked -> the path it was walked as
  const ancestors: string[] = []; // real paths of the folders being walked, outermost first
  const walk = (path: string, explicit: boolean): void => {
    let stat;
    try {
      stat = statSync(path);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      skipped.push({ path, kind: code === "ENOENT" ? "missing" : "unreadable", reason: fsReason(err) });
      return;
    }
    if (stat.isDirectory()) {
      let names: string[];
      let real: string;
      try {
        real = realpathSync(path);
        names = readdirSync(path).sort();
      } catch (err) {
        skipped.push({ path, kind: "unreadable", reason: `folder ${fsReason(err)}` });
        return;
      }
      if (ancestors.includes(real)) {
        skipped.push({ path, kind: "symlink-loop", reason: `symbolic link loop: points back to ${visited.get(real)}, which holds it; not followed` });
        return;
      }
      if (visited.has(real)) {
        skipped.push({ path, kind: "duplicate", reason: `the same folder as ${visited.get(real)}, already read` });
        return;
      }
      visited.set(real, path);
      ancestors.push(real);
      for (const name of names) if (!name.startsWith(".")) walk(join(path, name), false);
      ancestors.pop();
    } else if (!stat.isFile()) {
      skipped.push({ path, kind: "special", reason: specialReason(stat) });
    } else if (explicit || INPUT_EXTENSIONS.has(extname(path).toLowerCase())) {
      files.push(path);
    }
  };
  for (const p of paths) walk(p, true);
  return { files, skipped };
}

/**
 * Reads a file's bytes; throws `UnreadableInputError` with the reason. The file is checked with
 * stat first: a pipe or device is never opened, and a file over the size limit never read (a
 * 50 MB file once took its extraction worker's heap, and the documents queued behind it).
 */
function readBytes(path: string, maxBytes: number = DEFAULT_INPUT_LIMITS.maxFileBytes): Buffer {
  try {
    const stat = statSync(path);
    if (!stat.isFile() && !stat.isDirectory()) throw new UnreadableInputError(path, "special", specialReason(stat));
    if (stat.size > maxBytes) throw new UnreadableInputError(path, "too-large", `${stat.size} bytes, over the limit of ${maxBytes}: not read`);
    return readFileSync(path);
  } catch (err) {
    if (err instanceof UnreadableInputError) throw err;
    throw new UnreadableInputError(path, "unreadable", fsReason(err));
  }
}

/**
 * Reads one file into its documents (several for .json/.jsonl), by extension; unknown
 * extensions are read as plain text. Problems are returned in `skipped`, never thrown.
 */
export function readInputFile(path: string, limits: Partial<InputLimits> = {}): FormatResult {
  let bytes: Buffer;
  try {
    bytes = readBytes(path, limits.maxFileBytes);
  } catch (err) {
    if (err instanceof UnreadableInputError) return { documents: [], skipped: [{ path, kind: err.kind, reason: err.reason }] };
    throw err;
  }
  return readContent(path, bytes, limits);
}

/**
 * Reads one plain-text file (any extension) as a document, title line detected.
 * Throws `UnreadableInputError` for a missing, unreadable, binary or empty file.
 */
export function readTextDocument(path: string): SourceDocument {
  return wellFormedDocument(readTxt(decodeText(readBytes(path), path).text, { path, id: fileId(path) }).documents[0]);
}

/**
 * Reads every document under the given paths. Unreadable files and bad records are
 * listed in `skipped` with the reason, and so is a document whose normalised text was
 * already read in this batch ("duplicate of <id>") or whose id another document of the
 * batch already has; the rest are returned with their hash.
 */
export function readInputs(paths: string[], limits: Partial<InputLimits> = {}): ReadResult {
  const { files, skipped } = listInputFiles(paths);
  // Stored and shown relative to the input named (`seeds/000_x.txt`), never as an absolute server path.
  const read = collectDocuments(files.map((file) => ({ result: readInputFile(file, limits), path: documentPath(file, paths), file })));
  return { documents: read.documents, skipped: [...skipped, ...read.skipped] };
}
