/** Turning stored rows back into the shared shapes: NULL columns become absent fields. */
import type { DocumentSummary, EntityType, ExtractedEntity } from "../types.js";
import { categoryOf } from "./document-category.js";
import { CorruptRowError } from "./errors.js";

/** A documents row with its counts, as selected by `SUMMARY_COLUMNS`. */
export interface SummaryRow {
  id: string;
  title: string | null;
  source: string;
  outlet: string | null;
  url: string | null;
  published: string | null;
  hash: string;
  added_at: string;
  sentence_count: number;
  mention_count: number;
}

/** The columns of a `SummaryRow`, selected from `documents d`. */
export const SUMMARY_COLUMNS = `
  d.id, d.title, d.source, d.outlet, d.url, d.published, d.hash, d.added_at,
  (SELECT count(*) FROM sentences s WHERE s.document_id = d.id) AS sentence_count,
  (SELECT count(*) FROM mentions m WHERE m.document_id = d.id) AS mention_count`;

/** Copies the non-NULL optional columns onto `target`, so absent fields stay absent (not `undefined`). */
export function setOptional<T extends object>(target: T, fields: Record<string, string | null>): T {
  for (const [key, value] of Object.entries(fields)) if (value !== null) (target as Record<string, string>)[key] = value;
  return target;
}

export function rowToSummary(row: SummaryRow): DocumentSummary {
  const summary: DocumentSummary = {
    id: row.id,
    path: row.source,
    hash: row.hash,
    addedAt: row.added_at,
    sentenceCount: row.sentence_count,
    mentionCount: row.mention_count,
  };
  return setOptional(summary, { title: row.title, outlet: row.outlet, category: categoryOf(row.source) ?? null, url: row.url, published: row.published });
}

/** Reads a JSON array of strings stored in `table` for `key`. */
export function parseAliases(json: string, table: string, key: string): string[] {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch (error) {
    throw new CorruptRowError(table, key, `aliases are not JSON (${(error as Error).message})`);
  }
  if (!Array.isArray(value) || !value.every((a) => typeof a === "string")) {
    throw new CorruptRowError(table, key, "aliases are not an array of strings");
  }
  return value;
}

export function toEntity(id: string, label: string, type: string, aliasesJson: string, table: string): ExtractedEntity {
  return { id, label, type: type as EntityType, aliases: parseAliases(aliasesJson, table, id) };
}

/** `a` followed by the members of `b` it lacks, in order, without repeats. */
export function unionAliases(a: readonly string[], b: readonly string[]): string[] {
  return [...new Set([...a, ...b])];
}
