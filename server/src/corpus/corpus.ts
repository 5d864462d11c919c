/**
 * The live corpus: the SQLite store, and the graph derived from it and kept in
 * step as documents arrive, are deleted, or are curated. The store keeps each
 * document's own extraction and the typed spans it came from; resolution across
 * documents and the analyst's decisions are re-applied on every derivation, so
 * they also hold for documents ingested later. Every entry point goes through
 * here: `build`, `extract` and `eval` on a corpus in memory (`db: ":memory:"`).
 */
import { performance } from "node:perf_hooks";
import { resolveCorpus, type ExtractOptions, type ResolvableDocument } from "../extract/index.js";
import {
  applyCuration,
  buildCooccurrenceGraph,
  byPublishedThenId,
  EntitySearchIndex,
  filterByDate,
  type CooccurrenceWindow,
  type DateFilter,
  type EntityGraph,
} from "../graph/index.js";
import { InvalidInputError, NotFoundError } from "../errors.js";
import type { ReadDocument } from "../ingest/index.js";
import { EntenteStore, toCurationAction } from "../store/index.js";
import type { CurationAction, CurationDecision, CurationExport, ExtractedDocument } from "../types.js";
import { checkImport, checkLabel, checkUnhide } from "./check-curation.js";
import { ExtractPool } from "./extract-pool.js";
import { extractorVersion } from "./extractor-version.js";

/** The meta key recording which extractor wrote the stored mentions. */
const EXTRACTOR_KEY = "extractor";

export interface CorpusOptions {
  /** SQLite file, or ":memory:". */
  db: string;
  window: CooccurrenceWindow;
  /**
   * Extraction options of the pools this corpus starts and of its resolution across documents
   * (`eval` scores the tagger this way, on a corpus in memory); a pool handed in keeps its own.
   * A database file is always extracted with the defaults, which its extractor version records.
   */
  extract: Partial<ExtractOptions>;
}

/** What one ingestion did. */
export interface IngestReport {
  added: ResolvableDocument[];
  skipped: { id: string; path: string; reason: string }[];
  seconds: number;
}

export interface IngestOptions {
  /** Extraction worker threads; 0 extracts in this thread. */
  workers?: number;
  /** A pool kept by the caller (the server's, alive between requests); `workers` is ignored then. */
  pool?: ExtractPool;
  /** Called after each document is committed or skipped. */
  onProgress?: (done: number, total: number) => void;
}

export class Corpus {
  /** Each stored document's own extraction, read from the store when first needed, then kept in step. */
  private raw: ResolvableDocument[] | undefined;
  /**
   * `raw` resolved across documents, oldest first: undefined after documents arrive or leave, kept
   * through curation decisions, which do not change it (a rename then costs no resolution).
   */
  private resolved: ExtractedDocument[] | undefined;
  /** What is derived from `resolved`; undefined until asked for, and again after each change. */
  private derived: { curated: ExtractedDocument[]; graph: EntityGraph; search: EntitySearchIndex } | undefined;
  private filtered = new Map<string, EntityGraph>();
  /** The store's data version when `raw` was last in step with it (see `syncWithStore`). */
  private seenVersion: number;

  private constructor(
    readonly store: EntenteStore,
    readonly window: CooccurrenceWindow,
    private readonly extractOptions: Partial<ExtractOptions>,
  ) {
    this.seenVersion = store.dataVersion();
  }

  /**
   * The co-occurrence graph. Derived lazily: a command that only adds documents (`entente
   * ingest`) never pays for it, and a burst of changes costs one derivation, at the next read.
   */
  get graph(): EntityGraph {
    return this.derive().graph;
  }

  /** The search index over the graph's labels and aliases. */
  get search(): EntitySearchIndex {
    return this.derive().search;
  }

  static open(options: Partial<CorpusOptions> & Pick<CorpusOptions, "db">): Corpus {
    const store = EntenteStore.open(options.db);
    if (store.countDocuments() === 0) store.setMeta(EXTRACTOR_KEY, extractorVersion());
    return new Corpus(store, options.window ?? "sentence", options.extract ?? {});
  }

  /** True when the stored mentions come from another version of the extractor. */
  isStale(): boolean {
    return this.store.getMeta(EXTRACTOR_KEY) !== extractorVersion();
  }

  /**
   * Re-extracts every stored document from its stored text with the current
   * extractor, each replaced in one transaction, then records the version.
   * Returns how many documents were re-extracted.
   */
  async reextract(options: IngestOptions = {}): Promise<number> {
    // Two whole-table reads: the texts with their extractions, and the summaries for hash, url and outlet.
    const docs = this.store.loadExtractedDocuments();
    const summaries = new Map(this.store.listDocuments(0, docs.length).map((s) => [s.id, s]));
    const pool = options.pool ?? this.startPool(options.workers, docs.length);
    let done = 0;
    let replaced = 0;
    try {
      const jobs = docs.map((d) => {
        const source = { id: d.id, path: d.path, text: d.text, title: d.title, published: d.published };
        // A document the current extractor cannot finish within the limits keeps its stored extraction.
        return pool.extract(source).then((x) => ({ stored: summaries.get(d.id)!, x }), () => undefined);
      });
      for (const job of jobs) {
        const result = await job;
        if (result) {
          const { stored, x } = result;
          this.store.replaceExtraction({ ...x, hash: stored.hash, url: stored.url, outlet: stored.outlet });
          replaced++;
        }
        done++;
        options.onProgress?.(done, docs.length);
      }
    } finally {
      if (pool !== options.pool) await pool.close();
    }
    this.store.setMeta(EXTRACTOR_KEY, extractorVersion());
    this.reload();
    return replaced;
  }

  close(): void {
    this.store.close();
  }

  /** Forgets the in-memory extractions: they are read from the store again when next needed. */
  reload(): void {
    this.raw = undefined;
    this.documentsChanged();
  }

  /** The documents changed: resolution across them is done again at the next read. */
  private documentsChanged(): void {
    this.resolved = undefined;
    this.refresh();
  }

  /** A pool of up to `workers` threads (no more than there are documents), extracting with this corpus's options. */
  private startPool(workers: number | undefined, documents: number): ExtractPool {
    return new ExtractPool(Math.min(workers ?? 0, documents), { extract: this.extractOptions });
  }

  /** Marks the graph out of date: it is derived again at the next read. */
  refresh(): void {
    this.derived = undefined;
    this.filtered.clear();
  }

  /**
   * Brings the in-memory extractions and curation in step with commits by other connections to
   * the file (an `ingest` beside this `serve`, a second server): without it a server kept showing
   * the graph it started with while `/api/documents` listed what the others had added.
   */
  private syncWithStore(): void {
    const version = this.store.dataVersion();
    if (version === this.seenVersion) return;
    this.seenVersion = version;
    this.reload();
  }

  /** Derives the graph from the documents' extractions: resolution across documents, then curation. */
  private derive(): NonNullable<Corpus["derived"]> {
    this.syncWithStore();
    if (!this.derived) {
      this.raw ??= this.store.loadExtractedDocuments();
      this.resolved ??= resolveCorpus([...this.raw].sort(byPublishedThenId), this.extractOptions);
      const actions = this.store.listDecisions().map((d) => d.action);
      const curated = applyCuration(this.resolved, actions);
      const graph = buildCooccurrenceGraph(curated, { window: this.window });
      this.derived = { curated, graph, search: new EntitySearchIndex(graph) };
    }
    return this.derived;
  }

  /** The graph, or the graph of the documents published in a date range (undated ones kept unless the filter excludes them). */
  graphFor(filter: DateFilter = {}): EntityGraph {
    this.syncWithStore(); // before the cache of ranges is consulted
    const undated = filter.undated ?? "include";
    if (!filter.from && !filter.to && undated === "include") return this.graph;
    const key = `${filter.from ?? ""}..${filter.to ?? ""}:${undated}`;
    let graph = this.filtered.get(key);
    if (!graph) {
      graph = buildCooccurrenceGraph(filterByDate(this.derive().curated, filter), { window: this.window });
      // A handful of ranges is what a slider produces; keep the latest few.
      if (this.filtered.size >= 8) this.filtered.delete(this.filtered.keys().next().value!);
      this.filtered.set(key, graph);
    }
    return graph;
  }

  /** The curated extraction of one stored document (entity ids as in the graph). */
  curatedDocument(id: string): ExtractedDocument | undefined {
    return this.derive().curated.find((d) => d.id === id);
  }

  /** Every stored document's curated extraction, oldest first, then by id (what the graph is built from). */
  curatedDocuments(): readonly ExtractedDocument[] {
    return this.derive().curated;
  }

  /**
   * Extracts and stores documents, each in its own transaction; documents whose
   * content is already stored are skipped. The graph is re-derived once at the end.
   */
  async ingest(docs: ReadDocument[], options: IngestOptions = {}): Promise<IngestReport> {
    const started = performance.now();
    const report: IngestReport = { added: [], skipped: [], seconds: 0 };
    const fresh: ReadDocument[] = [];
    const hashes = new Set<string>();
    for (const doc of docs) {
      const existing = this.store.hasHash(doc.hash);
      if (existing !== undefined || hashes.has(doc.hash)) {
        report.skipped.push({ id: doc.id, path: doc.path, reason: `duplicate of ${existing ?? "a document in this batch"}` });
      } else {
        hashes.add(doc.hash);
        fresh.push(doc);
      }
    }
    let done = report.skipped.length;
    options.onProgress?.(done, docs.length);
    const pool = options.pool ?? this.startPool(options.workers, fresh.length);
    try {
      // Extraction runs ahead in the workers; commits happen here, one writer, in input order.
      const jobs = fresh.map((doc) => pool.extract(doc).then((x) => ({ doc, x }), (err: Error) => ({ doc, err })));
      for (const job of jobs) {
        const result = await job;
        if ("err" in result) {
          report.skipped.push({ id: result.doc.id, path: result.doc.path, reason: result.err.message });
        } else {
          const { doc, x } = result;
          const stored = this.store.addDocument({ ...x, hash: doc.hash, url: doc.url, outlet: doc.outlet });
          if (stored.added) {
            const added = { ...x, id: stored.id };
            report.added.push(added);
            this.raw?.push(added);
          } else report.skipped.push({ id: doc.id, path: doc.path, reason: `duplicate of ${stored.duplicateOf}` });
        }
        done++;
        options.onProgress?.(done, docs.length);
      }
    } finally {
      if (pool !== options.pool) await pool.close();
    }
    if (report.added.length) this.documentsChanged();
    report.seconds = (performance.now() - started) / 1000;
    return report;
  }

  /** Removes a document and everything derived from it. */
  deleteDocument(id: string): boolean {
    const deleted = this.store.deleteDocument(id);
    if (deleted) {
      this.raw = this.raw?.filter((d) => d.id !== id);
      this.documentsChanged();
    }
    return deleted;
  }

  /** Records and applies a curation decision; the entities it names must exist. */
  curate(action: CurationAction): CurationDecision {
    const route = `curation ${action.kind}`;
    if (action.kind === "unhide") {
      checkUnhide(route, action.entity, this.store.listDecisions().map((d) => d.action), this.graph.hasNode(action.entity));
    } else if (!this.graph.hasNode(action.entity)) {
      throw new NotFoundError(`${route}: no entity with id "${action.entity}"`);
    }
    if (action.kind === "merge") {
      if (!this.graph.hasNode(action.into)) throw new NotFoundError(`${route}: no entity with id "${action.into}" to merge into`);
      if (action.into === action.entity) throw new InvalidInputError(`${route}: cannot merge "${action.entity}" into itself`);
    }
    if (action.kind === "rename") checkLabel(route, action.label);
    const decision = this.store.addDecision(action);
    this.refresh();
    return decision;
  }

  /** Takes back the latest decision; undefined when there is none. */
  undo(): CurationDecision | undefined {
    const undone = this.store.undoLastDecision();
    if (undone) this.refresh();
    return undone;
  }

  exportCuration(): CurationExport {
    return { entente: "curation", version: 1, decisions: this.store.listDecisions().map((d) => d.action) };
  }

  /** Replaces every decision with the imported ones. */
  importCuration(actions: CurationAction[]): CurationDecision[] {
    // The store checks each action's shape; labels and merge cycles are checked here, all
    // before anything is replaced, so a refused import leaves the decisions as they were.
    const checked = actions.map((a, i) => toCurationAction(a, `importCuration[${i}]`));
    checkImport(checked);
    const decisions = this.store.replaceDecisions(checked);
    this.refresh();
    return decisions;
  }
}
