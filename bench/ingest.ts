/**
 * `npm run bench:ingest [-- --corpus DIR --runs N]`: ingestion into a fresh SQLite
 * database (read, extract in worker threads, commit) with one and with two workers,
 * against compromise's own parse speed (`nlp(text)` per document, one thread) on the
 * same texts, in the same run. Prints medians, ratios and the database size.
 */
import { mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { performance } from "node:perf_hooks";
import { parseArgs } from "node:util";
import nlp from "compromise";
import { REPO_ROOT } from "../server/src/config.js";
import { Corpus } from "../server/src/corpus/index.js";
import { readInputs, type ReadDocument } from "../server/src/ingest/index.js";
import { median } from "./median.js";

/**
 * Collects the heap before a measured section (the npm script starts Node with `--expose-gc`): each section then
 * starts as a fresh `entente ingest` process would, instead of collecting the garbage of the one before it (the
 * parse of the whole corpus, the graph derived after an ingestion) while it is timed.
 */
function collectGarbage(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

function parseSeconds(docs: ReadDocument[]): number {
  collectGarbage();
  const t = performance.now();
  for (const d of docs) nlp(d.text);
  return (performance.now() - t) / 1000;
}

/**
 * Ingests into a new database as `entente ingest` does (the graph is derived lazily, when
 * first read, so not here); returns seconds, the file's size, and the seconds a first
 * derivation of the graph then takes (reported apart).
 */
async function ingestSeconds(docs: ReadDocument[], workers: number): Promise<{ seconds: number; bytes: number; added: number; derive: number }> {
  const dir = mkdtempSync(join(tmpdir(), "entente-bench-"));
  const db = join(dir, "bench.db");
  try {
    collectGarbage();
    const t = performance.now();
    const corpus = Corpus.open({ db });
    const report = await corpus.ingest(docs, { workers });
    corpus.close(); // checkpoints the WAL, so the size below is the whole database
    const seconds = (performance.now() - t) / 1000;
    const bytes = statSync(db).size;
    const reopened = Corpus.open({ db });
    const d = performance.now();
    void reopened.graph.order;
    const derive = (performance.now() - d) / 1000;
    reopened.close();
    return { seconds, bytes, added: report.added.length, derive };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      // The articles only: the corpus folder also holds its SOURCE.txt and readme.md.
      corpus: { type: "string", default: resolve(REPO_ROOT, "../shared/corpora/bbc-news-2095/news") },
      runs: { type: "string", default: "3" },
    },
  });
  const runs = Number(values.runs);
  if (!Number.isInteger(runs) || runs < 1) {
    console.error(`bench:ingest: --runs must be a positive integer, got "${values.runs}"`);
    return 2;
  }
  const { documents } = readInputs([values.corpus!]);
  if (documents.length < 1) {
    console.error(`bench:ingest: no documents under ${values.corpus}`);
    return 1;
  }
  const mb = documents.reduce((n, d) => n + Buffer.byteLength(d.text), 0) / 1e6;
  console.log(`corpus: ${values.corpus}: ${documents.length} documents, ${mb.toFixed(2)} MB; ${runs} runs each, alternating`);
  if (!("gc" in globalThis)) console.log("(run without --expose-gc: each section may pay for the garbage of the one before; `npm run bench:ingest` exposes it)");
  parseSeconds(documents.slice(0, 50)); // warm compromise's lexicon and the JIT

  const times: Record<"parse" | "w1" | "w2", number[]> = { parse: [], w1: [], w2: [] };
  let bytes = 0;
  let added = 0;
  const derive: number[] = [];
  for (let r = 0; r < runs; r++) {
    times.parse.push(parseSeconds(documents));
    for (const w of [1, 2] as const) {
      const res = await ingestSeconds(documents, w);
      times[`w${w}`].push(res.seconds);
      bytes = res.bytes;
      added = res.added;
      derive.push(res.derive);
    }
    console.log(`run ${r + 1}: parse ${times.parse[r].toFixed(1)} s, 1 worker ${times.w1[r].toFixed(1)} s, 2 workers ${times.w2[r].toFixed(1)} s (${(times.w1[r] / times.w2[r]).toFixed(2)}x)`);
  }
  const row = (name: string, s: number) =>
    `| ${name} | ${s.toFixed(1)} | ${(documents.length / s).toFixed(1)} | ${(mb / s).toFixed(3)} |`;
  const parse = median(times.parse);
  const w1 = median(times.w1);
  const w2 = median(times.w2);
  console.log("\n| configuration | median s | docs/s | MB/s |\n| --- | --- | --- | --- |");
  console.log(row("compromise `nlp(text)`, 1 thread", parse));
  console.log(row("entente ingest, 1 worker (storage included)", w1));
  console.log(row("entente ingest, 2 workers (storage included)", w2));
  console.log(`\n1 worker / compromise parse: ${(parse / w1).toFixed(2)}x (target >= 0.7x)`);
  console.log(`2 workers / 1 worker: ${(w1 / w2).toFixed(2)}x (target >= 1.6x); median of each run's own ratio ${median(times.w1.map((t, r) => t / times.w2[r])).toFixed(2)}x`);
  console.log(`database: ${added} documents, ${(bytes / 1e6).toFixed(1)} MB`);
  console.log(`deriving the graph from it (first read, e.g. the server's first request): median ${median(derive).toFixed(2)} s`);
  return 0;
}

process.exitCode = await main();
