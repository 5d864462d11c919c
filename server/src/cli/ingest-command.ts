/** `entente ingest <file-or-dir>... [--db FILE] [--workers N]`: adds documents to the store. */
import { parseArgs } from "node:util";
import { SERVER_DEFAULTS } from "../config.js";
import { Corpus } from "../corpus/index.js";
import { readInputs } from "../ingest/index.js";
import { integerOption } from "./options.js";
import { createProgressBar } from "./progress-bar.js";
import { UsageError } from "./usage-error.js";

/**
 * Reads, extracts (in worker threads) and commits each document in its own
 * transaction; already stored content is skipped, so re-running adds nothing.
 * Exits non-zero only when nothing could be ingested (all unreadable or failed).
 */
export async function runIngest(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { db: { type: "string" }, workers: { type: "string" } },
  });
  if (!positionals.length) throw new UsageError("ingest: name at least one file or folder to read");
  const workers = integerOption("ingest", "workers", values.workers, 0, 64) ?? SERVER_DEFAULTS.workers;
  const db = values.db || SERVER_DEFAULTS.db;

  const { documents, skipped: unreadable } = readInputs(positionals);
  const corpus = Corpus.open({ db });
  try {
    if (corpus.isStale()) {
      const bar = createProgressBar("re-extract (the extractor changed)");
      await corpus.reextract({ workers, onProgress: (done, total) => bar.update(done, total) });
      bar.finish();
    }
    const bar = createProgressBar("ingest");
    const report = await corpus.ingest(documents, { workers, onProgress: (done, total) => bar.update(done, total) });
    bar.finish();
    const skipped = [...unreadable.map((s) => ({ what: s.path, reason: s.reason })), ...report.skipped.map((s) => ({ what: s.path, reason: s.reason }))];
    for (const s of skipped) console.error(`skipped ${s.what}: ${s.reason}`);
    const mb = report.added.reduce((n, d) => n + Buffer.byteLength(d.text), 0) / 1e6;
    // Counts from the store: deriving the graph only to print its size would cost as much as a
    // few hundred documents' extraction on a large corpus.
    const entities = corpus.store.countEntities();
    console.log(
      `${report.added.length} documents added, ${skipped.length} skipped, ${corpus.store.countDocuments()} in ${db}; ` +
        `${entities.person} people, ${entities.country} countries, ${entities.organization} organizations; ${report.seconds.toFixed(2)} s ` +
        `(${(report.added.length / Math.max(report.seconds, 1e-9)).toFixed(1)} docs/s, ${(mb / Math.max(report.seconds, 1e-9)).toFixed(2)} MB/s)`,
    );
    // Content already in the store is not a failure: re-running on a folder is a no-op that succeeds.
    const alreadyStored = report.skipped.some((s) => s.reason.startsWith("duplicate"));
    return report.added.length === 0 && !alreadyStored ? 1 : 0;
  } finally {
    corpus.close();
  }
}
