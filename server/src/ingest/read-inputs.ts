/** Reads the files and folders named on the command line into documents: walks folders, dispatches by extension, drops duplicates. */
import { readdirSync, readFileSync, realpathSync, statSync, type Stats } from "node:fs";
import { basename, extname, join } from "node:path";
import { EXTRACTION_LIMITS } from "../config.js";
import type { SourceDocument } from "../types.js";
import { contentHash } from "./content-hash.js";
import { decodeText } from "./decode-text.js";
import { UnreadableInputError } from "./errors.js";
import { readHtml } from "./read-html.js";
import { readMarkdown } from "./read-markdown.js";
import { readJson, readJsonl } from "./read-records.js";
import { readTxt } from "./read-txt.js";
import { documentPath } from "./document-path.js";
import type { FormatReader, FormatResult, ReadDocument, ReadResult, SkippedInput } from "./types.js";
import { wellFormedDocument } from "./well-formed.js";

export type { ReadDocument, ReadResult, SkippedInput, SkipKind } from "./types.js";

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

/** Bounds on what is read; `EXTRACTION_LIMITS` by default. */
export interface InputLimits {
  /** Largest file read, in bytes, checked with stat before reading. */
  maxFileBytes: number;
  /** Longest document text, in characters. */
  maxDocumentChars: number;
}

const DEFAULT_INPUT_LIMITS: InputLimits = { maxFileBytes: EXTRACTION_LIMITS.maxFileBytes, maxDocumentChars: EXTRACTION_LIMITS.maxDocumentChars };

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
 * Reads a file's bytes and decodes them; throws `UnreadableInputError` with the reason. The file
 * is checked with stat first: a pipe or device is never opened, and a file over the size limit
 * never read (a 50 MB file once took its extraction worker's heap, and the documents queued behind it).
 */
function readDecoded(path: string, maxBytes: number = DEFAULT_INPUT_LIMITS.maxFileBytes): string {
  let bytes: Buffer;
  try {
    const stat = statSync(path);
    if (!stat.isFile() && !stat.isDirectory()) throw new UnreadableInputError(path, "special", specialReason(stat));
    if (stat.size > maxBytes) throw new UnreadableInputError(path, "too-large", `${stat.size} bytes, over the limit of ${maxBytes}: not read`);
    bytes = readFileSync(path);
  } catch (err) {
    if (err instanceof UnreadableInputError) throw err;
    throw new UnreadableInputError(path, "unreadable", fsReason(err));
  }
  return decodeText(bytes, path).text;
}

/** The file name without its extension: the id of a single-document file. */
function fileId(path: string): string {
  return basename(path, extname(path));
}

/**
 * Reads one file into its documents (several for .json/.jsonl), by extension; unknown
 * extensions are read as plain text. Problems are returned in `skipped`, never thrown.
 */
export function readInputFile(path: string, limits: Partial<InputLimits> = {}): FormatResult {
  const { maxFileBytes, maxDocumentChars } = { ...DEFAULT_INPUT_LIMITS, ...limits };
  let text: string;
  try {
    text = readDecoded(path, maxFileBytes);
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

/**
 * Reads one plain-text file (any extension) as a document, title line detected.
 * Throws `UnreadableInputError` for a missing, unreadable, binary or empty file.
 */
export function readTextDocument(path: string): SourceDocument {
  return wellFormedDocument(readTxt(readDecoded(path), { path, id: fileId(path) }).documents[0]);
}

/**
 * Reads every document under the given paths. Unreadable files and bad records are
 * listed in `skipped` with the reason, and so is a document whose normalised text was
 * already read in this batch ("duplicate of <id>") or whose id another document of the
 * batch already has; the rest are returned with their hash.
 */
export function readInputs(paths: string[], limits: Partial<InputLimits> = {}): ReadResult {
  const { files, skipped } = listInputFiles(paths);
  const documents: ReadDocument[] = [];
  const idOfHash = new Map<string, string>();
  const pathOfId = new Map<string, string>();
  for (const file of files) {
    const result = readInputFile(file, limits);
    skipped.push(...result.skipped);
    for (const doc of result.documents) {
      const hash = contentHash(doc.text);
      const first = idOfHash.get(hash);
      if (first !== undefined) {
        skipped.push({ path: doc.path, kind: "duplicate", reason: `duplicate of ${first}` });
        continue;
      }
      // Ids key the store: a second document under the same id would silently replace the first.
      const taken = pathOfId.get(doc.id);
      if (taken !== undefined) {
        skipped.push({ path: doc.path, kind: "duplicate-id", reason: `id "${doc.id}" is already used by ${taken}: rename the file or give the record an id` });
        continue;
      }
      idOfHash.set(hash, doc.id);
      pathOfId.set(doc.id, doc.path);
      // Stored and shown relative to the input named (`seeds/000_x.txt`), never as an absolute server path.
      documents.push({ ...doc, path: documentPath(file, paths), hash, file });
    }
  }
  return { documents, skipped };
}
