/**
 * The whole path from files to graph for the batch commands (`build`, `extract`, `eval`): read, then the
 * same corpus `ingest` and `serve` use, on a database in memory, so every entry point gives the same entities.
 */
import { performance } from "node:perf_hooks";
import { SERVER_DEFAULTS } from "./config.js";
import { Corpus, type IngestReport } from "./corpus/index.js";
import type { ExtractOptions } from "./extract/index.js";
import { countByType, type CooccurrenceWindow, type EntityGraph } from "./graph/index.js";
import { readInputs, type ReadDocument } from "./ingest/index.js";
import type { EntityType, ExtractedDocument } from "./types.js";

export interface BatchOptions {
  window: CooccurrenceWindow;
  /** Extraction worker threads (one per core by default); 0 extracts in this thread. */
  workers: number;
  extract: Partial<ExtractOptions>;
  /** Called after each document is extracted and stored. */
  onProgress?: (done: number, total: number) => void;
}

/** What the corpus in memory made of a batch. */
export interface BatchResult {
  graph: EntityGraph;
  /** Each input document's extraction as the graph has it (resolved across the batch), in input order; undefined when it was skipped. */
  documents: (ExtractedDocument | undefined)[];
  report: IngestReport;
}

/**
 * Ingests `docs` into a corpus on an in-memory database, in worker threads, and takes the graph and each
 * document's mentions from it: the code `ingest` and `serve` run, with resolution across documents done
 * once, over all of them, when the graph is derived.
 */
export async function runBatch(docs: readonly ReadDocument[], options: Partial<BatchOptions> = {}): Promise<BatchResult> {
  const corpus = Corpus.open({ db: ":memory:", window: options.window, extract: options.extract });
  try {
    const report = await corpus.ingest([...docs], { workers: options.workers ?? SERVER_DEFAULTS.workers, onProgress: options.onProgress });
    const byId = new Map(corpus.curatedDocuments().map((d) => [d.id, d]));
    // By content hash: the id a document was stored under may differ from the one it was read with ("a-2").
    const documents = docs.map((d) => {
      const id = corpus.store.hasHash(d.hash);
      return id === undefined ? undefined : byId.get(id);
    });
    return { graph: corpus.graph, documents, report };
  } finally {
    corpus.close();
  }
}

/** An input or document left out, and why. */
export interface Skipped {
  path: string;
  reason: string;
}

export interface BuildSummary {
  documents: number;
  sentences: number;
  entities: Record<EntityType, number>;
  edges: number;
  seconds: number;
  skipped: Skipped[];
}

/** Reads every input, extracts entities and builds the graph; unreadable files and failed extractions are skipped and listed. */
export async function buildGraphFromInputs(inputs: string[], options: Partial<BatchOptions> = {}): Promise<{ graph: EntityGraph; summary: BuildSummary }> {
  const started = performance.now();
  const { documents, skipped } = readInputs(inputs);
  const { graph, report } = await runBatch(documents, options);
  return {
    graph,
    summary: {
      documents: report.added.length,
      sentences: graph.getAttribute("sentences"),
      entities: countByType(graph),
      edges: graph.size,
      seconds: (performance.now() - started) / 1000,
      skipped: [...skipped, ...report.skipped.map((s) => ({ path: s.path, reason: s.reason }))],
    },
  };
}

/** The one-line summary the CLI prints. */
export function formatSummary(s: BuildSummary): string {
  const skipped = s.skipped.length ? `, ${s.skipped.length} skipped` : "";
  return (
    `${s.documents} documents, ${s.sentences} sentences, ` +
    `${s.entities.person} people, ${s.entities.country} countries, ${s.entities.organization} organizations, ` +
    `${s.edges} edges in ${s.seconds.toFixed(2)} s${skipped}`
  );
}
