/** Reading documents one at a time or a page at a time (the API's document routes). */
import type Database from "better-sqlite3";
import type { DocumentSummary, EntityType, ExtractedEntity, Mention, SentenceSpan } from "../types.js";
import { InvalidPageError } from "./errors.js";
import { rowToSummary, SUMMARY_COLUMNS, toEntity, type SummaryRow } from "./rows.js";
import type { StoredDocument } from "./types.js";

interface MentionRow {
  sentence: number;
  start_offset: number;
  end_offset: number;
  surface: string;
  type: string;
  entity: string;
}

function checkPage(offset: number, limit: number): void {
  if (!Number.isInteger(offset) || offset < 0) throw new InvalidPageError("offset", `offset must be a non-negative integer, got "${offset}"`);
  if (!Number.isInteger(limit) || limit < 0) throw new InvalidPageError("limit", `limit must be a non-negative integer, got "${limit}"`);
}

export class DocumentReader {
  private readonly idOfHash: Database.Statement<[string], string>;
  private readonly exists: Database.Statement<[string], number>;
  private readonly count: Database.Statement<[], number>;
  private readonly page: Database.Statement<[number, number], SummaryRow>;
  private readonly summary: Database.Statement<[string], SummaryRow & { text: string }>;
  private readonly sentences: Database.Statement<[string], { start_offset: number; end_offset: number; paragraph: number; cut: number }>;
  private readonly mentions: Database.Statement<[string], MentionRow>;
  private readonly entities: Database.Statement<[string], { entity: string; label: string; type: string; aliases: string }>;

  constructor(db: Database.Database) {
    this.idOfHash = db.prepare<[string], string>("SELECT id FROM documents WHERE hash = ?").pluck();
    this.exists = db.prepare<[string], number>("SELECT 1 FROM documents WHERE id = ?").pluck();
    this.count = db.prepare<[], number>("SELECT count(*) FROM documents").pluck();
    // SQLite sorts NULL lowest, so undated documents come after every dated one.
    this.page = db.prepare(`SELECT ${SUMMARY_COLUMNS} FROM documents d ORDER BY d.published DESC, d.id LIMIT ? OFFSET ?`);
    this.summary = db.prepare(`SELECT ${SUMMARY_COLUMNS}, d.text FROM documents d WHERE d.id = ?`);
    this.sentences = db.prepare("SELECT start_offset, end_offset, paragraph, cut FROM sentences WHERE document_id = ? ORDER BY idx");
    this.mentions = db.prepare(
      "SELECT sentence, start_offset, end_offset, surface, type, entity FROM mentions WHERE document_id = ? ORDER BY idx",
    );
    this.entities = db.prepare("SELECT entity, label, type, aliases FROM document_entities WHERE document_id = ? ORDER BY rowid");
  }

  idOfDuplicate(hash: string): string | undefined {
    return this.idOfHash.get(hash);
  }

  has(id: string): boolean {
    return this.exists.get(id) !== undefined;
  }

  size(): number {
    return this.count.get() ?? 0;
  }

  list(offset: number, limit: number): DocumentSummary[] {
    checkPage(offset, limit);
    return this.page.all(limit, offset).map(rowToSummary);
  }

  get(id: string): StoredDocument | undefined {
    const row = this.summary.get(id);
    if (!row) return undefined;
    const sentences: SentenceSpan[] = this.sentences.all(id).map((s) => (s.cut ? { start: s.start_offset, end: s.end_offset, paragraph: s.paragraph, cut: true } : { start: s.start_offset, end: s.end_offset, paragraph: s.paragraph }));
    const mentions: Mention[] = this.mentions.all(id).map((m) => ({
      start: m.start_offset,
      end: m.end_offset,
      text: m.surface,
      type: m.type as EntityType,
      entity: m.entity,
      sentence: m.sentence,
    }));
    const entities: Record<string, ExtractedEntity> = {};
    for (const e of this.entities.all(id)) entities[e.entity] = toEntity(e.entity, e.label, e.type, e.aliases, "document_entities");
    return { ...rowToSummary(row), text: row.text, sentences, mentions, entities };
  }
}
