/**
 * Adding and deleting documents. Every document is written in one IMMEDIATE transaction:
 * a crash leaves it either whole or absent, and taking the write lock up front means a
 * second writing process waits (busy timeout) instead of failing halfway.
 */
import type Database from "better-sqlite3";
import { EntityUnion } from "./entity-union.js";
import { InvalidDocumentError } from "./errors.js";
import { toEntity } from "./rows.js";
import type { AddDocumentResult, AddDocumentsResult, StoredDocumentInput } from "./types.js";

type Row = Record<string, string | number | null>;

/** Refuses documents the store could not keep faithfully. */
function checkDocument(doc: StoredDocumentInput): void {
  if (typeof doc.id !== "string" || !doc.id) throw new InvalidDocumentError("id", `"id" must be a non-empty string, got ${JSON.stringify(doc.id)}`);
  if (typeof doc.hash !== "string" || !doc.hash) {
    throw new InvalidDocumentError("hash", `document "${doc.id}": "hash" must be a non-empty string, got ${JSON.stringify(doc.hash)}`);
  }
  for (const [key, entity] of Object.entries(doc.entities)) {
    if (entity.id !== key) {
      throw new InvalidDocumentError("entities", `document "${doc.id}": entities["${key}"] has id "${entity.id}"; keys must equal ids`);
    }
  }
}

export class DocumentWriter {
  private readonly idOfHash: Database.Statement<[string], string>;
  private readonly idTaken: Database.Statement<[string], number>;
  private readonly insertDocument: Database.Statement<[Row]>;
  private readonly insertSentence: Database.Statement<[string, number, number, number, number, number]>;
  private readonly insertMention: Database.Statement<[Row]>;
  private readonly insertDocumentEntity: Database.Statement<[string, string, string, string, string]>;
  private readonly entitiesOf: Database.Statement<[string], { entity: string; label: string; type: string; aliases: string; first: number }>;
  private readonly removeDocument: Database.Statement<[string]>;
  private readonly entities: EntityUnion;
  private readonly addOne: Database.Transaction<(doc: StoredDocumentInput) => AddDocumentResult>;
  private readonly deleteOne: Database.Transaction<(id: string) => boolean>;
  private readonly replaceOne: Database.Transaction<(doc: StoredDocumentInput, addedAt: string) => void>;
  private readonly addedAtOf: Database.Statement<[string], string>;

  constructor(db: Database.Database) {
    this.idOfHash = db.prepare<[string], string>("SELECT id FROM documents WHERE hash = ?").pluck();
    this.idTaken = db.prepare<[string], number>("SELECT 1 FROM documents WHERE id = ?").pluck();
    this.insertDocument = db.prepare(
      `INSERT INTO documents (id, title, source, outlet, url, published, text, hash, added_at, spans)
       VALUES (@id, @title, @source, @outlet, @url, @published, @text, @hash, @addedAt, @spans)`,
    );
    this.insertSentence = db.prepare(
      "INSERT INTO sentences (document_id, idx, start_offset, end_offset, paragraph, cut) VALUES (?, ?, ?, ?, ?, ?)",
    );
    this.insertMention = db.prepare(
      `INSERT INTO mentions (document_id, idx, sentence, start_offset, end_offset, surface, type, entity)
       VALUES (@documentId, @idx, @sentence, @start, @end, @text, @type, @entity)`,
    );
    this.insertDocumentEntity = db.prepare(
      "INSERT INTO document_entities (document_id, entity, label, type, aliases) VALUES (?, ?, ?, ?, ?)",
    );
    // `first`: this document gave the entity its label (min(rowid) over the entity index is one seek).
    this.entitiesOf = db.prepare(
      `SELECT entity, label, type, aliases, rowid = (SELECT min(rowid) FROM document_entities f WHERE f.entity = de.entity) AS first
       FROM document_entities de WHERE document_id = ?`,
    );
    this.removeDocument = db.prepare("DELETE FROM documents WHERE id = ?");
    this.entities = new EntityUnion(db);
    this.addOne = db.transaction((doc) => this.write(doc));
    this.deleteOne = db.transaction((id) => this.remove(id));
    this.addedAtOf = db.prepare<[string], string>("SELECT added_at FROM documents WHERE id = ?").pluck();
    this.replaceOne = db.transaction((doc, addedAt) => {
      this.remove(doc.id);
      this.write(doc, addedAt);
    });
  }

  /**
   * Replaces a stored document's extraction (sentences, mentions, entities) with a new
   * one of the same text, in one transaction: used when the extractor has changed.
   */
  replace(doc: StoredDocumentInput): boolean {
    checkDocument(doc);
    const addedAt = this.addedAtOf.get(doc.id);
    if (addedAt === undefined) return false;
    this.replaceOne.immediate(doc, addedAt);
    return true;
  }

  /** Stores `doc` and everything derived from it, unless a document with its hash exists. */
  add(doc: StoredDocumentInput): AddDocumentResult {
    checkDocument(doc);
    return this.addOne.immediate(doc);
  }

  /** Each document in its own transaction, so a failure or crash keeps the ones before it. */
  addMany(docs: readonly StoredDocumentInput[]): AddDocumentsResult {
    const result: AddDocumentsResult = { added: [], skipped: [] };
    docs.forEach((doc, index) => {
      const r = this.add(doc);
      if (r.added) result.added.push({ index, id: r.id, requestedId: r.requestedId });
      else result.skipped.push({ index, requestedId: r.requestedId, duplicateOf: r.duplicateOf });
    });
    return result;
  }

  /** Removes the document (sentences, mentions and its entity records cascade) and updates the entity union. */
  delete(id: string): boolean {
    return this.deleteOne.immediate(id);
  }

  /** The requested id, or `<id>-2`, `-3`... when another document already has it. */
  private freeId(id: string): string {
    if (this.idTaken.get(id) === undefined) return id;
    for (let n = 2; ; n++) if (this.idTaken.get(`${id}-${n}`) === undefined) return `${id}-${n}`;
  }

  private write(doc: StoredDocumentInput, addedAt = new Date().toISOString()): AddDocumentResult {
    const duplicateOf = this.idOfHash.get(doc.hash);
    if (duplicateOf !== undefined) return { added: false, requestedId: doc.id, duplicateOf };
    const id = this.freeId(doc.id);
    this.insertDocument.run({
      id,
      title: doc.title ?? null,
      source: doc.path,
      outlet: doc.outlet ?? null,
      url: doc.url ?? null,
      published: doc.published ?? null,
      text: doc.text,
      hash: doc.hash,
      addedAt,
      spans: doc.spans ? JSON.stringify(doc.spans) : null,
    });
    doc.sentences.forEach((s, idx) => this.insertSentence.run(id, idx, s.start, s.end, s.paragraph, s.cut ? 1 : 0));
    doc.mentions.forEach((m, idx) =>
      this.insertMention.run({ documentId: id, idx, sentence: m.sentence, start: m.start, end: m.end, text: m.text, type: m.type, entity: m.entity }),
    );
    for (const entity of Object.values(doc.entities)) {
      this.insertDocumentEntity.run(id, entity.id, entity.label, entity.type, JSON.stringify(entity.aliases));
      this.entities.add(entity);
    }
    return { added: true, id, requestedId: doc.id };
  }

  private remove(id: string): boolean {
    const entities = this.entitiesOf.all(id);
    if (this.removeDocument.run(id).changes === 0) return false;
    for (const e of entities) this.entities.forget(toEntity(e.entity, e.label, e.type, e.aliases, "document_entities"), e.first === 1);
    return true;
  }
}
