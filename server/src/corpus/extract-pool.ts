/**
 * Extraction off the main thread: a pool of worker_threads, one per core by
 * default. compromise is CPU-bound and single-threaded, so this is how an
 * ingestion uses both cores while the main thread commits to SQLite.
 */
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import { extractDocument, type ExtractOptions } from "../extract/index.js";
import type { ExtractedDocument, SourceDocument } from "../types.js";

const WORKER_URL = new URL("./extract-worker.mjs", import.meta.url);

export interface ExtractWorkerRequest {
  job: number;
  doc: SourceDocument;
  options?: Partial<ExtractOptions>;
}

export type ExtractWorkerResponse = { job: number; doc: ExtractedDocument } | { job: number; error: string };

/** Extracts documents; `workers: 0` runs in the calling thread. */
export class ExtractPool {
  private workers: Worker[] = [];
  private idle: Worker[] = [];
  private queue: { req: ExtractWorkerRequest; resolve: (d: ExtractedDocument) => void; reject: (e: Error) => void }[] = [];
  private pending = new Map<number, { resolve: (d: ExtractedDocument) => void; reject: (e: Error) => void }>();
  private nextJob = 0;

  constructor(
    readonly size: number = availableParallelism(),
    private readonly options?: Partial<ExtractOptions>,
  ) {
    if (!Number.isInteger(size) || size < 0) {
      throw new RangeError(`ExtractPool: workers must be an integer >= 0, got "${size}"`);
    }
    for (let i = 0; i < size; i++) {
      const worker = new Worker(WORKER_URL);
      worker.on("message", (res: ExtractWorkerResponse) => this.settle(worker, res));
      worker.on("error", (err) => this.fail(err));
      this.workers.push(worker);
      this.idle.push(worker);
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
    this.idle = [];
  }

  private pump(): void {
    while (this.idle.length && this.queue.length) {
      const worker = this.idle.pop()!;
      const { req, resolve, reject } = this.queue.shift()!;
      this.pending.set(req.job, { resolve, reject });
      worker.postMessage(req);
    }
  }

  private settle(worker: Worker, res: ExtractWorkerResponse): void {
    const waiter = this.pending.get(res.job);
    this.pending.delete(res.job);
    this.idle.push(worker);
    if ("error" in res) waiter?.reject(new Error(res.error));
    else waiter?.resolve(res.doc);
    this.pump();
  }

  private fail(err: Error): void {
    for (const w of [...this.pending.values(), ...this.queue]) w.reject(err);
    this.pending.clear();
    this.queue = [];
  }
}
