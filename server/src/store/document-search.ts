/**
 * The document list's questions answered in SQL: which documents match a search, an outlet, a
 * category, a date range and a set of ids, in which order, one page at a time; how they spread
 * over days, outlets and categories (the timeline and the filters' choices); and the title,
 * outlet and date of the documents an evidence answer names.
 */
import type Database from "better-sqlite3";
import type { DocumentFacetsResponse, DocumentSort, DocumentSummary } from "../types.js";
import { categoryOf } from "./document-category.js";
import { InvalidPageError } from "./errors.js";
import { rowToSummary, SUMMARY_COLUMNS, type SummaryRow } from "./rows.js";
import type { DocumentFilter } from "./types.js";

/** The SQL function the queries call for a document's category (`categoryOf` of its path column). */
const CATEGORY_SQL = "entente_category(d.source)";

const ORDER: Record<DocumentSort, string> = {
  // SQLite sorts NULL lowest: newest first puts undated documents last as it is; oldest first needs them sent there.
  newest: "d.published DESC, d.id",
  oldest: "d.published IS NULL, d.published, d.id",
  title: "coalesce(d.title, d.id) COLLATE NOCASE, d.id",
};

/** `text` as a LIKE pattern matching it anywhere, its own `%`, `_` and `\` taken literally. */
function containing(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/**
 * The WHERE clause of a filter and its parameters. Undated documents: `undated: "exclude"` leaves
 * them out; otherwise (the default) they are kept whatever the date range, since a range cannot
 * place them (the viewer counts them apart and offers the choice).
 */
function whereOf(filter: DocumentFilter, { dates = true } = {}): { sql: string; params: unknown[] } {
  const clauses: string[] = [];
  const params: unknown[] = [];
  if (filter.q !== undefined && filter.q.trim() !== "") {
    clauses.push("(d.title LIKE ? ESCAPE '\\' OR d.text LIKE ? ESCAPE '\\')");
    const pattern = containing(filter.q.trim());
    params.push(pattern, pattern);
  }
  if (filter.outlet !== undefined) {
    clauses.push("d.outlet = ?");
    params.push(filter.outlet);
  }
  if (filter.category !== undefined) {
    clauses.push(`${CATEGORY_SQL} = ?`);
    params.push(filter.category);
  }
  if (filter.ids !== undefined) {
    clauses.push("d.id IN (SELECT value FROM json_each(?))");
    params.push(JSON.stringify(filter.ids));
  }
  if (dates) {
    const range: string[] = [];
    if (filter.from !== undefined) {
      range.push("d.published >= ?");
      params.push(filter.from);
    }
    if (filter.to !== undefined) {
      range.push("d.published <= ?");
      params.push(filter.to);
    }
    const dated = range.length ? range.join(" AND ") : "d.published IS NOT NULL";
    if (filter.undated === "exclude") clauses.push(`(d.published IS NOT NULL AND ${dated})`);
    else if (range.length) clauses.push(`(d.published IS NULL OR (${dated}))`);
  }
  return { sql: clauses.length ? `WHERE ${clauses.join(" AND ")}` : "", params };
}

export class DocumentSearch {
  /** Statements by SQL text: a filter combination is prepared once, then reused. */
  private readonly statements = new Map<string, Database.Statement>();

  constructor(private readonly db: Database.Database) {
    // Deterministic, so SQLite may call it once per row and value; NULL for a path without a folder.
    db.function("entente_category", { deterministic: true }, (path: unknown) => (typeof path === "string" ? (categoryOf(path) ?? null) : null));
  }

  private prepare(sql: string): Database.Statement {
    let statement = this.statements.get(sql);
    if (!statement) {
      statement = this.db.prepare(sql);
      // Filters combine in a few dozen ways; an unbounded map would only matter to a fuzzer.
      if (this.statements.size > 200) this.statements.clear();
      this.statements.set(sql, statement);
    }
    return statement;
  }

  /** How many documents match, and one page of them in `sort` order. */
  list(filter: DocumentFilter, sort: DocumentSort, offset: number, limit: number): { total: number; documents: DocumentSummary[] } {
    if (!Number.isInteger(offset) || offset < 0) throw new InvalidPageError("offset", `offset must be a non-negative integer, got "${offset}"`);
    if (!Number.isInteger(limit) || limit < 0) throw new InvalidPageError("limit", `limit must be a non-negative integer, got "${limit}"`);
    const where = whereOf(filter);
    return this.db.transaction(() => {
      const total = this.prepare(`SELECT count(*) FROM documents d ${where.sql}`).pluck().get(...where.params) as number;
      const rows = this.prepare(`SELECT ${SUMMARY_COLUMNS} FROM documents d ${where.sql} ORDER BY ${ORDER[sort]} LIMIT ? OFFSET ?`).all(...where.params, limit, offset) as SummaryRow[];
      return { total, documents: rows.map(rowToSummary) };
    })();
  }

  /**
   * The documents matching `filter`, whatever its dates, counted per publication day, outlet and
   * category, with the undated ones counted apart: the timeline draws the days, the filters offer
   * the outlets and categories. The date range is left out so the timeline shows the whole span.
   */
  facets(filter: DocumentFilter): DocumentFacetsResponse {
    const where = whereOf(filter, { dates: false });
    const and = where.sql ? `${where.sql} AND` : "WHERE";
    return this.db.transaction(() => {
      const total = this.prepare(`SELECT count(*) FROM documents d ${where.sql}`).pluck().get(...where.params) as number;
      const days = this.prepare(`SELECT d.published AS date, count(*) AS count FROM documents d ${and} d.published IS NOT NULL GROUP BY d.published ORDER BY d.published`).all(...where.params) as { date: string; count: number }[];
      const outlets = this.prepare(`SELECT d.outlet AS name, count(*) AS count FROM documents d ${and} d.outlet IS NOT NULL GROUP BY d.outlet ORDER BY count DESC, d.outlet`).all(...where.params) as { name: string; count: number }[];
      const categories = this.prepare(`SELECT ${CATEGORY_SQL} AS name, count(*) AS count FROM documents d ${and} ${CATEGORY_SQL} IS NOT NULL GROUP BY name ORDER BY count DESC, name`).all(...where.params) as { name: string; count: number }[];
      const dated = days.reduce((sum, day) => sum + day.count, 0);
      return { total, undated: total - dated, days, outlets, categories };
    })();
  }

  /** Title, outlet and date of each of `ids` that is stored (one query, whatever the number). */
  labels(ids: readonly string[]): Map<string, { title?: string; outlet?: string; published?: string }> {
    const rows = this.prepare("SELECT d.id, d.title, d.outlet, d.published FROM documents d WHERE d.id IN (SELECT value FROM json_each(?))").all(JSON.stringify([...new Set(ids)])) as {
      id: string;
      title: string | null;
      outlet: string | null;
      published: string | null;
    }[];
    const labels = new Map<string, { title?: string; outlet?: string; published?: string }>();
    for (const row of rows) {
      const label: { title?: string; outlet?: string; published?: string } = {};
      if (row.title !== null) label.title = row.title;
      if (row.outlet !== null) label.outlet = row.outlet;
      if (row.published !== null) label.published = row.published;
      labels.set(row.id, label);
    }
    return labels;
  }
}
