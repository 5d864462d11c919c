/**
 * Extraction off the main thread: a pool of worker_threads, one per core by
 * default. compromise is CPU-bound and single-threaded, so this is how an
 * ingestion uses every core while the main thread commits to SQLite, and how the
 * server keeps answering reads while a document is extracted.
 *
 * One document never costs another: a worker that dies (out of memory) or runs past the
 * time budget (stuck in synchronous compromise, which nothing can interrupt) is
 * terminated and replaced; only the document it was extracting is rejected, and the
 * documents queued behind it are handed to a live worker.
 *
 * The npm scripts start Node with `--v8-pool-size=1`: V8's default of four GC helper
 * threads per process competes with the extraction workers for the cores; with one, two
 * workers ingest faster (measured with `npm run bench:ingest`, see the README). They also
 * pass `--max-inlined-bytecode-size-cumulative=230`: every worker's isolate compiles its own
 * optimized code on that background thread, which with two workers takes a core's time from
 * them; inlining a quarter of V8's default into each optimized function cut that compilation
 * by about 1.5 s of CPU per ingestion of the BBC corpus without slowing the extraction.
 */
import { availableParallelism } from "node:os";
import { Worker, type ResourceLimits } from "node:worker_threads";
import { EXTRACTION_LIMITS } from "../config.js";
import { extractWithSpans, type ExtractOptions, type ResolvableDocument } from "../extract/index.js";
import type { SourceDocument } from "../types.js";
import { EnvironmentError } from "../errors.js";
import { ExtractionFailedError } from "./errors.js";

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

export interface ExtractPoolOptions {
  extract?: Partial<ExtractOptions>;
  /** Time one document may take in a worker, in ms. */
  budgetMs?: number;
  /** Heap limits of each worker (a test starts workers with a small heap to make one die). */
  resourceLimits?: ResourceLimits;
}

export interface ExtractWorkerRequest {
  job: number;
  doc: SourceDocument;
  options?: Partial<ExtractOptions>;
}

/**
 * The extraction without its text: the main thread has the text already, so it is not copied back.
 * A worker first says it is ready: a document's budget starts when its worker can work on it,
 * not while the worker is still loading compromise.
 */
export type ExtractWorkerResponse = { job: number; doc: Omit<ResolvableDocument, "text"> } | { job: number; error: string } | { ready: true };

interface Job {
  req: ExtractWorkerRequest;
  resolve: (d: ResolvableDocument) => void;
  reject: (e: Error) => void;
}

/** A live worker and the jobs it was handed, in the order it extracts them (the first is under way). */
interface Slot {
  worker: Worker;
  ready: boolean;
  jobs: Job[];
  /** Fires when the first job has run past the budget. */
  timer?: NodeJS.Timeout;
  /** Why the worker is being ended, when the pool ended it. */
  ending?: string;
  /** The error the worker died of, as its `error` event reported it. */
  error?: Error;
}

/** Extracts documents; `size: 0` runs in the calling thread (the CLI's batch commands). */
export class ExtractPool {
  private slots: Slot[] = [];
  private queue: Job[] = [];
  private nextJob = 0;
  private closed = false;
  /** Set when workers die before taking any document: the environment cannot run them. */
  private broken: string | undefined;
  private readonly budgetMs: number;

  constructor(
    readonly size: number = availableParallelism(),
    private readonly options: ExtractPoolOptions = {},
  ) {
    if (!Number.isInteger(size) || size < 0) {
      throw new RangeError(`ExtractPool: workers must be an integer >= 0, got "${size}"`);
    }
    this.budgetMs = options.budgetMs ?? EXTRACTION_LIMITS.documentBudgetMs;
    for (let i = 0; i < size; i++) this.slots.push(this.spawn());
  }

  /** Extracts one document (in a worker when the pool has any), with the typed spans the corpus resolves again. */
  extract(doc: SourceDocument): Promise<ResolvableDocument> {
    if (this.closed || this.broken) return Promise.reject(new EnvironmentError(`ExtractPool.extract: ${this.broken ?? "the pool is closed"}; "${doc.id}" was not extracted`));
    if (!this.size) return Promise.resolve().then(() => extractWithSpans(doc, this.options.extract));
    return new Promise((resolve, reject) => {
      this.queue.push({ req: { job: this.nextJob++, doc, options: this.options.extract }, resolve, reject });
      this.pump();
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    const slots = this.slots;
    this.slots = [];
    for (const job of [...this.queue, ...slots.flatMap((s) => s.jobs)]) job.reject(new EnvironmentError(`ExtractPool.close: closed before "${job.req.doc.id}" was extracted`));
    this.queue = [];
    for (const slot of slots) {
      clearTimeout(slot.timer);
      slot.jobs = [];
      slot.ending = "closed";
    }
    await Promise.all(slots.map((s) => s.worker.terminate()));
  }

  private spawn(): Slot {
    const worker = new Worker(WORKER_URL, { resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB, ...this.options.resourceLimits } });
    const slot: Slot = { worker, ready: false, jobs: [] };
    worker.on("message", (res: ExtractWorkerResponse) => this.settle(slot, res));
    worker.on("error", (err) => (slot.error = err));
    worker.on("exit", (code) => this.replace(slot, code));
    return slot;
  }

  /** Hands queued documents to the least busy workers, up to PREFETCH each. */
  private pump(): void {
    while (this.queue.length) {
      let target: Slot | undefined;
      for (const s of this.slots) if (s.ready && !s.ending && s.jobs.length < PREFETCH && (!target || s.jobs.length < target.jobs.length)) target = s;
      if (!target) return;
      const job = this.queue.shift()!;
      target.jobs.push(job);
      target.worker.postMessage(job.req);
      if (target.jobs.length === 1) this.startClock(target);
    }
  }

  /** Starts the budget of the slot's first job: it starts now, as the job before it has just settled. */
  private startClock(slot: Slot): void {
    clearTimeout(slot.timer);
    slot.timer = setTimeout(() => {
      slot.ending = `extraction took longer than ${this.budgetMs / 1000} s, the time budget of one document`;
      void slot.worker.terminate();
    }, this.budgetMs);
  }

  private settle(slot: Slot, res: ExtractWorkerResponse): void {
    if ("ready" in res) {
      slot.ready = true;
      this.pump();
      return;
    }
    const job = slot.jobs[0];
    if (!job || job.req.job !== res.job || slot.ending) return;
    slot.jobs.shift();
    clearTimeout(slot.timer);
    if (slot.jobs.length) this.startClock(slot);
    if ("error" in res) job.reject(new ExtractionFailedError(res.error));
    else job.resolve({ ...res.doc, text: job.req.doc.text });
    this.pump();
  }

  /**
   * A worker ended (died, or was terminated for its budget): the document it was extracting is
   * rejected with the reason, the ones queued behind it go back to the front of the queue, and a
   * new worker takes its place.
   */
  private replace(slot: Slot, code: number): void {
    clearTimeout(slot.timer);
    const index = this.slots.indexOf(slot);
    if (index < 0) return; // closed
    const [current, ...queued] = slot.jobs;
    slot.jobs = [];
    const reason = slot.ending ?? (slot.error ? `the extraction worker died: ${slot.error.message}` : `the extraction worker exited with code ${code}`);
    current?.reject(new ExtractionFailedError(reason));
    this.queue.unshift(...queued);
    if (!current && !slot.ready) {
      // It died while loading, before any document: another would too (a missing module, no memory at all).
      this.slots.splice(index, 1);
      if (!this.slots.length) this.fail(reason);
      return;
    }
    this.slots[index] = this.spawn();
    this.pump();
  }

  /** No worker can start: every queued document is rejected, and so is every later one. */
  private fail(reason: string): void {
    this.broken = `no extraction worker could start (${reason})`;
    for (const job of this.queue) job.reject(new EnvironmentError(`ExtractPool: ${this.broken}; "${job.req.doc.id}" was not extracted`));
    this.queue = [];
  }
}
