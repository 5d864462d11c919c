/**
 * Loads every stored document as the extractor produced it, for deriving the graph at
 * start-up: four set-based scans (documents, sentences, mentions, entities) grouped in
 * memory, rather than four queries per document.
 */
import type Database from "better-sqlite3";
import type { ResolvableDocument, Span } from "../extract/index.js";
import type { EntityType } from "../types.js";
import { CorruptRowError } from "./errors.js";
import { setOptional, toEntity } from "./rows.js";

type DocumentRow = [id: string, source: string, title: string | null, published: string | null, text: string, spans: string | null];
type SentenceRow = [documentId: string, start: number, end: number, paragraph: number, cut: number];
type MentionRow = [documentId: string, sentence: number, start: number, end: number, surface: string, type: string, entity: string];
type EntityRow = [documentId: string, entity: string, label: string, type: string, aliases: string];

/** The stored typed spans of a document (a JSON array), or undefined for a document stored without them. */
function parseSpans(json: string | null, id: string): Span[] | undefined {
  if (json === null) return undefined;
  let spans: unknown;
  try {
    spans = JSON.parse(json);
  } catch {
    spans = undefined;
  }
  if (!Array.isArray(spans)) throw new CorruptRowError("documents", id, "spans is not a JSON array");
  return spans as Span[];
}

/** Every document in ingestion order, with its typed spans when stored; sentences and mentions in their stored order. */
export function loadExtractedDocuments(db: Database.Database): ResolvableDocument[] {
  const byId = new Map<string, ResolvableDocument>();
  const documents = db.prepare<[], DocumentRow>("SELECT id, source, title, published, text, spans FROM documents ORDER BY rowid").raw();
  for (const [id, source, title, published, text, json] of documents.iterate()) {
    const doc = setOptional<ResolvableDocument>({ id, path: source, text, sentences: [], mentions: [], entities: {} }, { title, published });
    const spans = parseSpans(json, id);
    if (spans) doc.spans = spans;
    byId.set(id, doc);
  }
  // Primary-key order (document_id, idx): no sort, and each list fills in index order.
  const sentences = db.prepare<[], SentenceRow>("SELECT document_id, start_offset, end_offset, paragraph, cut FROM sentences ORDER BY document_id, idx").raw();
  for (const [documentId, start, end, paragraph, cut] of sentences.iterate()) {
    byId.get(documentId)!.sentences.push(cut ? { start, end, paragraph, cut: true } : { start, end, paragraph });
  }
  const mentions = db
    .prepare<[], MentionRow>("SELECT document_id, sentence, start_offset, end_offset, surface, type, entity FROM mentions ORDER BY document_id, idx")
    .raw();
  for (const [documentId, sentence, start, end, text, type, entity] of mentions.iterate()) {
    byId.get(documentId)!.mentions.push({ start, end, text, type: type as EntityType, entity, sentence });
  }
  const entities = db.prepare<[], EntityRow>("SELECT document_id, entity, label, type, aliases FROM document_entities ORDER BY rowid").raw();
  for (const [documentId, entity, label, type, aliases] of entities.iterate()) {
    byId.get(documentId)!.entities[entity] = toEntity(entity, label, type, aliases, "document_entities");
  }
  return [...byId.values()];
}
