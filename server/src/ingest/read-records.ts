/** Reads `{id?, title?, text, url?, outlet?, published?}` records from .json and .jsonl files and from API bodies. */
import type { SourceDocument } from "../types.js";
import { contentHash } from "./content-hash.js";
import { InvalidRecordError } from "./errors.js";
import { normalisePublished } from "./normalise-date.js";
import { wellFormedDocument } from "./well-formed.js";
import { wellFormed } from "../safe-text.js";
import type { FormatReader, SkippedInput } from "./types.js";

/**
 * Optional string fields of a record. `source` is the deprecated name of `outlet` (e.g. "Reuters"):
 * records written before the rename still load, and `outlet` wins when both are given.
 */
const OPTIONAL_STRINGS = ["title", "url", "source", "outlet", "published"] as const;

/**
 * Checks one record and makes it a document. The document's `path` is where it came
 * from (file path or "api"); the record's own `outlet` (or its deprecated `source`) becomes `outlet`.
 * Throws `InvalidRecordError` naming the field.
 */
export function recordToDocument(record: unknown, where: { index: number; path: string; fallbackId: string }): SourceDocument {
  const fail = (field: string, reason: string): never => {
    throw new InvalidRecordError(where.index, field, reason);
  };
  if (!record || typeof record !== "object" || Array.isArray(record)) return fail("record", "a record must be a JSON object");
  const r = record as Record<string, unknown>;
  if (typeof r.text !== "string") return fail("text", `"text" must be a string, got ${r.text === undefined ? "none" : typeof r.text}`);
  if (!r.text.trim()) return fail("text", `"text" is empty`);
  if (r.id !== undefined && r.id !== null && !((typeof r.id === "string" && r.id.trim()) || (typeof r.id === "number" && Number.isFinite(r.id)))) {
    fail("id", `"id" must be a non-empty string or a number`);
  }
  for (const field of OPTIONAL_STRINGS) {
    if (r[field] !== undefined && r[field] !== null && typeof r[field] !== "string") fail(field, `"${field}" must be a string`);
  }
  const published = typeof r.published === "string" && r.published.trim() ? normalisePublished(r.published) : undefined;
  if (typeof r.published === "string" && r.published.trim() && !published) fail("published", `"published" is not a date: "${r.published}"`);
  const text = (s: unknown): string | undefined => (typeof s === "string" && s.trim() ? s.trim() : undefined);
  const title = text(r.title);
  const url = text(r.url);
  const outlet = text(r.outlet) ?? text(r.source);
  return {
    id: r.id !== undefined && r.id !== null ? String(r.id).trim() : where.fallbackId,
    path: where.path,
    text: r.text,
    ...(title && { title }),
    ...(url && { url }),
    ...(outlet && { outlet }),
    ...(published && { published }),
  };
}

/**
 * The records of a `POST /api/documents` JSON body: one record or a non-empty list.
 * A record without an id gets `doc-<first 12 hex digits of its content hash>`, stable
 * across posts. Throws `InvalidRecordError` (status 400) at the first bad record.
 */
export function readRecordsFromBody(body: unknown, path = "api"): SourceDocument[] {
  const records = Array.isArray(body) ? body : [body];
  if (records.length === 0) throw new InvalidRecordError(0, "record", "the body is an empty list: send a record or a list of records");
  return records.map((record, index) => {
    const text = record && typeof record === "object" ? (record as { text?: unknown }).text : undefined;
    const fallbackId = typeof text === "string" ? `doc-${contentHash(wellFormed(text)).slice(0, 12)}` : "";
    return wellFormedDocument(recordToDocument(record, { index, path, fallbackId }));
  });
}

function skippedRecord(path: string, error: unknown, position: { line?: number; index?: number }): SkippedInput {
  const reason = error instanceof InvalidRecordError ? error.reason : (error as Error).message;
  const where = position.line !== undefined ? `line ${position.line}` : `record ${position.index}`;
  return { path, kind: "invalid-record", reason: `${where}: ${reason}`, ...position };
}

/**
 * A .json file: one record (id defaults to the file name) or a list of records (ids
 * default to `<file-stem>-<n>`, n counting from 1). Bad records are skipped and listed.
 */
export const readJson: FormatReader = (text, { path, id }) => {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    return { documents: [], skipped: [{ path, kind: "invalid-json", reason: `not valid JSON (${(err as Error).message})` }] };
  }
  if (!Array.isArray(value)) {
    if (!value || typeof value !== "object") {
      return { documents: [], skipped: [{ path, kind: "invalid-json", reason: "expected a record or a list of records" }] };
    }
    try {
      return { documents: [recordToDocument(value, { index: 0, path, fallbackId: id })], skipped: [] };
    } catch (err) {
      return { documents: [], skipped: [skippedRecord(path, err, { index: 0 })] };
    }
  }
  const result: ReturnType<FormatReader> = { documents: [], skipped: [] };
  value.forEach((record, index) => {
    try {
      result.documents.push(recordToDocument(record, { index, path, fallbackId: `${id}-${index + 1}` }));
    } catch (err) {
      result.skipped.push(skippedRecord(path, err, { index }));
    }
  });
  return result;
};

/** A .jsonl file: one record per non-blank line; ids default to `<file-stem>-<line number>`. */
export const readJsonl: FormatReader = (text, { path, id }) => {
  const result: ReturnType<FormatReader> = { documents: [], skipped: [] };
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = i + 1;
    if (!raw.trim()) return;
    try {
      let record: unknown;
      try {
        record = JSON.parse(raw);
      } catch (err) {
        throw new Error(`not valid JSON (${(err as Error).message})`);
      }
      result.documents.push(recordToDocument(record, { index: i, path, fallbackId: `${id}-${line}` }));
    } catch (err) {
      result.skipped.push(skippedRecord(path, err, { line }));
    }
  });
  return result;
};
