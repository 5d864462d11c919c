/**
 * Extraction off the main thread: a pool of worker_threads, one per core by
 * default. compromise is CPU-bound and single-threaded, so this is how an
 * ingestion uses every core while the main thread commits to SQLite.
 *
 * The npm scripts start Node with `--v8-pool-size=1`: V8's default of four GC helper
 * threads per process competes with the extraction workers for the cores; with one, two
 * workers ingest faster (measured with `npm run bench:ingest`, see the README).
 */
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import { extractDocument, type ExtractOptions } from "../extract/index.js";
import type { ExtractedDocument, SourceDocument } from "../types.js";

const WORKER_URL = new URL("./extract-worker.mjs", import.meta.url);

/**
 * Documents handed to a worker ahead of the one it is extracting: while the main
 * thread is busy committing, a worker then never waits for its next document.
 */
const PREFETCH = 4;

/**
 * compromise allocates many short-lived objects per document; a young generation larger
 * than V8's default (16 MB) means fewer scavenges, which matters most when every core is
 * busy extracting and GC helper threads have no idle core to run on.
 */
const YOUNG_GENERATION_MB = 64;

export interface ExtractWorkerRequest {
  job: number;
  doc: SourceDocument;
  options?: Partial<ExtractOptions>;
}

/** The extraction without its text: the main thread has the text already, so it is not copied back. */
export type ExtractWorkerResponse = { job: number; doc: Omit<ExtractedDocument, "text"> } | { job: number; error: string };

interface Job {
  req: ExtractWorkerRequest;
  resolve: (d: ExtractedDocument) => void;
  reject: (e: Error) => void;
}

/** Extracts documents; `workers: 0` runs in the calling thread. */
export class ExtractPool {
  private workers: Worker[] = [];
  private inFlight = new Map<Worker, number>();
  private queue: Job[] = [];
  private head = 0;
  private pending = new Map<number, Job>();
  private nextJob = 0;

  constructor(
    readonly size: number = availableParallelism(),
    private readonly options?: Partial<ExtractOptions>,
  ) {
    if (!Number.isInteger(size) || size < 0) {
      throw new RangeError(`ExtractPool: workers must be an integer >= 0, got "${size}"`);
    }
    for (let i = 0; i < size; i++) {
      const worker = new Worker(WORKER_URL, { resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB } });
      worker.on("message", (res: ExtractWorkerResponse) => this.settle(worker, res));
      worker.on("error", (err) => this.fail(err));
      this.workers.push(worker);
      this.inFlight.set(worker, 0);
    }
  }

  /** Extracts one document (in a worker when the pool has any). */
  extract(doc: SourceDocument): Promise<ExtractedDocument> {
    if (!this.size) return Promise.resolve().then(() => extractDocument(doc, this.options));
    return new Promise((resolve, reject) => {
      this.queue.push({ req: { job: this.nextJob++, doc, options: this.options }, resolve, reject });
      this.pump();
    });
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
    this.workers = [];
    this.inFlight.clear();
  }

  /** Hands queued documents to the least busy workers, up to PREFETCH each. */
  private pump(): void {
    while (this.head < this.queue.length) {
      let target: Worker | undefined;
      for (const w of this.workers) if (this.inFlight.get(w)! < PREFETCH && (!target || this.inFlight.get(w)! < this.inFlight.get(target)!)) target = w;
      if (!target) return;
      const job = this.queue[this.head++];
      this.pending.set(job.req.job, job);
      this.inFlight.set(target, this.inFlight.get(target)! + 1);
      target.postMessage(job.req);
    }
    this.queue = [];
    this.head = 0;
  }

  private settle(worker: Worker, res: ExtractWorkerResponse): void {
    const job = this.pending.get(res.job);
    this.pending.delete(res.job);
    this.inFlight.set(worker, this.inFlight.get(worker)! - 1);
    if (job) {
      if ("error" in res) job.reject(new Error(res.error));
      else job.resolve({ ...res.doc, text: job.req.doc.text });
    }
    this.pump();
  }

  private fail(err: Error): void {
    for (const job of [...this.pending.values(), ...this.queue.slice(this.head)]) job.reject(err);
    this.pending.clear();
    this.queue = [];
    this.head = 0;
  }
}
