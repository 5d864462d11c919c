/** The one object the rest of entente uses to keep documents and curation in SQLite. */
import type Database from "better-sqlite3";
import type { ResolvableDocument } from "../extract/index.js";
import type { CurationAction, CurationDecision, DocumentFacetsResponse, DocumentSort, DocumentSummary, ExtractedEntity } from "../types.js";
import { CurationLog } from "./curation-log.js";
import { DocumentReader } from "./document-reader.js";
import { DocumentSearch } from "./document-search.js";
import { DocumentWriter } from "./document-writer.js";
import { loadExtractedDocuments } from "./load-documents.js";
import { openDatabase } from "./open-database.js";
import { parseAliases } from "./rows.js";
import type { AddDocumentResult, AddDocumentsResult, DocumentFilter, StoredDocument, StoredDocumentInput, StoreOptions } from "./types.js";

/**
 * entente's embedded store: one SQLite file (WAL mode) holding documents, their sentences,
 * mentions and entities, and the curation log. Synchronous, like better-sqlite3 itself.
 */
export class EntenteStore {
  private readonly reader: DocumentReader;
  private readonly search: DocumentSearch;
  private readonly writer: DocumentWriter;
  private readonly curation: CurationLog;
  private readonly entityRow: Database.Statement<[string], { id: string; label: string; type: string; aliases: string }>;
  private readonly metaGet: Database.Statement<[string], string>;
  private readonly entityCounts: Database.Statement<[], { type: string; n: number }>;
  private readonly metaSet: Database.Statement<[string, string]>;
  private readonly dataVersionGet: Database.Statement<[], number>;

  private constructor(
    private readonly db: Database.Database,
    /** The database file (or `:memory:`). */
    readonly path: string,
  ) {
    this.reader = new DocumentReader(db);
    this.search = new DocumentSearch(db);
    this.writer = new DocumentWriter(db);
    this.curation = new CurationLog(db);
    this.entityRow = db.prepare("SELECT id, label, type, aliases FROM entities WHERE id = ?");
    this.metaGet = db.prepare<[string], string>("SELECT value FROM meta WHERE key = ?").pluck();
    this.entityCounts = db.prepare<[], { type: string; n: number }>("SELECT type, count(*) AS n FROM entities GROUP BY type");
    this.dataVersionGet = db.prepare<[], number>("PRAGMA data_version").pluck();
    this.metaSet = db.prepare("INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value");
  }

  /** Stored entities by type, as extracted (before resolution across documents and curation). */
  countEntities(): Record<ExtractedEntity["type"], number> {
    const counts = { person: 0, country: 0, organization: 0 };
    for (const row of this.entityCounts.all()) counts[row.type as ExtractedEntity["type"]] = row.n;
    return counts;
  }

  /**
   * A number that changes when another connection (another `serve`, an `ingest` beside it)
   * commits to the file, and never for this connection's own commits. One PRAGMA, no table read:
   * cheap enough to ask before every read of what was derived from the store.
   */
  dataVersion(): number {
    return this.dataVersionGet.get()!;
  }

  /** A fact about the database (e.g. the extractor version its mentions come from). */
  getMeta(key: string): string | undefined {
    return this.metaGet.get(key);
  }

  setMeta(key: string, value: string): void {
    this.metaSet.run(key, value);
  }

  /** Replaces a stored document's extraction with a new one of the same text, in one transaction. */
  replaceExtraction(doc: StoredDocumentInput): boolean {
    return this.writer.replace(doc);
  }

  /** Opens `path`, creating the file, its folders and its tables when missing; `:memory:` for a throwaway store. */
  static open(path: string, options: Partial<StoreOptions> = {}): EntenteStore {
    return new EntenteStore(openDatabase(path, options), path);
  }

  close(): void {
    if (this.db.open) this.db.close();
  }

  /* Documents ------------------------------------------------------------ */

  /**
   * Stores one extracted document and everything derived from it in one transaction.
   * Stores nothing and answers `{added: false, duplicateOf}` when a document with the same
   * hash exists; otherwise answers the id used, which is `<id>-2`, `-3`... when the
   * requested id belongs to a different document.
   */
  addDocument(doc: StoredDocumentInput): AddDocumentResult {
    return this.writer.add(doc);
  }

  /** Many documents, each in its own transaction (a crash never leaves half a document). */
  addDocuments(docs: readonly StoredDocumentInput[]): AddDocumentsResult {
    return this.writer.addMany(docs);
  }

  /** The id of the stored document with this content hash, if any. */
  hasHash(hash: string): string | undefined {
    return this.reader.idOfDuplicate(hash);
  }

  hasDocument(id: string): boolean {
    return this.reader.has(id);
  }

  /** Removes the document, its sentences and mentions, and entities no other document mentions. */
  deleteDocument(id: string): boolean {
    return this.writer.delete(id);
  }

  countDocuments(): number {
    return this.reader.size();
  }

  /** A page of documents, newest published first (undated last), then by id. */
  listDocuments(offset: number, limit: number): DocumentSummary[] {
    return this.reader.list(offset, limit);
  }

  /** How many documents match `filter`, and one page of them in `sort` order (undated last when sorted by date). */
  searchDocuments(filter: DocumentFilter, sort: DocumentSort, offset: number, limit: number): { total: number; documents: DocumentSummary[] } {
    return this.search.list(filter, sort, offset, limit);
  }

  /** The documents matching `filter` (its dates aside) per day, outlet and category, and how many are undated. */
  documentFacets(filter: DocumentFilter): DocumentFacetsResponse {
    return this.search.facets(filter);
  }

  /** Title, outlet and date of each stored document among `ids`, in one query. */
  documentLabels(ids: readonly string[]): Map<string, { title?: string; outlet?: string; published?: string }> {
    return this.search.labels(ids);
  }

  /** The document with its text, sentences, mentions and entities as extracted. */
  getDocument(id: string): StoredDocument | undefined {
    return this.reader.get(id);
  }

  /** Every stored document as the extractor produced it (with its typed spans), in ingestion order, read in one snapshot. */
  loadExtractedDocuments(): ResolvableDocument[] {
    return this.db.transaction(() => loadExtractedDocuments(this.db))();
  }

  /** An entity over the whole corpus: its first label and type, its aliases from every document. */
  getEntity(id: string): ExtractedEntity | undefined {
    const row = this.entityRow.get(id);
    if (!row) return undefined;
    return { id: row.id, label: row.label, type: row.type as ExtractedEntity["type"], aliases: parseAliases(row.aliases, "entities", id) };
  }

  /* Curation ------------------------------------------------------------- */

  /** Appends a decision; it is active until undone or replaced by an import. */
  addDecision(action: CurationAction): CurationDecision {
    return this.curation.add(action);
  }

  /** The active decisions in the order they apply. */
  listDecisions(): CurationDecision[] {
    return this.curation.list();
  }

  /** Withdraws the latest active decision and returns it; undefined when there is none. */
  undoLastDecision(): CurationDecision | undefined {
    return this.curation.undo();
  }

  /** Replaces every active decision with `actions` (an import), all or nothing. */
  replaceDecisions(actions: readonly CurationAction[]): CurationDecision[] {
    return this.curation.replace(actions);
  }
}
