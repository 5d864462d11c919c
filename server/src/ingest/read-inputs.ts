/** Reads the files and folders named on the command line into source documents. */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { basename, extname, join } from "node:path";
import type { SourceDocument } from "../types.js";

/** Extensions read as documents when a folder is walked. */
export const TEXT_EXTENSIONS = new Set([".txt"]);

/** A file that could not be read, with the reason. */
export interface SkippedInput {
  path: string;
  reason: string;
}

export interface ReadResult {
  documents: SourceDocument[];
  skipped: SkippedInput[];
}

/** Lists the document files under each path (folders are walked recursively, in name order). */
export function listInputFiles(paths: string[]): { files: string[]; skipped: SkippedInput[] } {
  const files: string[] = [];
  const skipped: SkippedInput[] = [];
  const walk = (path: string, explicit: boolean): void => {
    let stat;
    try {
      stat = statSync(path);
    } catch {
      skipped.push({ path, reason: "no such file or folder" });
      return;
    }
    if (stat.isDirectory()) {
      for (const name of readdirSync(path).sort()) {
        if (!name.startsWith(".")) walk(join(path, name), false);
      }
    } else if (explicit || TEXT_EXTENSIONS.has(extname(path).toLowerCase())) {
      files.push(path);
    }
  };
  for (const p of paths) walk(p, true);
  return { files, skipped };
}

/** Reads one text file; the document id is its file name without extension. */
export function readTextDocument(path: string): SourceDocument {
  const buffer = readFileSync(path);
  if (buffer.includes(0)) throw new Error("binary file (contains NUL bytes)");
  const text = buffer.toString("utf8");
  if (!text.trim()) throw new Error("empty file");
  return { id: basename(path, extname(path)), source: path, text };
}

/** Reads every document under the given paths; unreadable files are reported, not fatal. */
export function readInputs(paths: string[]): ReadResult {
  const { files, skipped } = listInputFiles(paths);
  const documents: SourceDocument[] = [];
  for (const file of files) {
    try {
      documents.push(readTextDocument(file));
    } catch (err) {
      skipped.push({ path: file, reason: (err as Error).message });
    }
  }
  return { documents, skipped };
}
