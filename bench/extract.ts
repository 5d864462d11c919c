/**
 * `npm run bench:extract [-- --corpus DIR --runs N]`: throughput of entente's extractor
 * against raw compromise's parse (`nlp(text)` per whole document) on the same texts,
 * in the same process, in alternating runs; prints MB/s per core (one thread) and the ratio, for the
 * default pipeline (learned tagger included) and for the rules alone (`tagger: false`), to show its cost.
 */
import { resolve } from "node:path";
import { performance } from "node:perf_hooks";
import nlp from "compromise";
import { REPO_ROOT } from "../server/src/config.js";
import { readInputs } from "../server/src/ingest/index.js";
import { extractCorpus } from "../server/src/extract/index.js";
import type { SourceDocument } from "../server/src/types.js";
import { median } from "./median.js";

// The articles only: the corpus folder also holds its SOURCE.txt and readme.md.
const DEFAULT_CORPUS = resolve(REPO_ROOT, "../shared/corpora/bbc-news-2095/news");

/** Seconds taken by `fn`. */
function time(fn: () => void): number {
  const t0 = performance.now();
  fn();
  return (performance.now() - t0) / 1000;
}

function main(args: string[]): number {
  let corpus = DEFAULT_CORPUS;
  let runs = 3;
  for (let i = 0; i < args.length; i++) {
    if (args[i] === "--corpus") corpus = resolve(args[++i] ?? "");
    else if (args[i] === "--runs") runs = Math.max(1, Number(args[++i]) || 3);
    else {
      console.error(`bench:extract: unknown argument "${args[i]}"\nusage: bench/extract.ts [--corpus DIR] [--runs N]`);
      return 2;
    }
  }
  const { documents } = readInputs([corpus]);
  if (documents.length === 0) {
    console.error(`bench:extract: no .txt documents under ${corpus}`);
    return 1;
  }
  const mb = documents.reduce((n, d) => n + Buffer.byteLength(d.text, "utf8"), 0) / 1e6;
  const raw = (docs: SourceDocument[]): void => {
    for (const d of docs) nlp(d.text);
  };
  const entente = (docs: SourceDocument[]): void => {
    extractCorpus(docs);
  };
  const rulesOnly = (docs: SourceDocument[]): void => {
    extractCorpus(docs, { tagger: false });
  };
  // Warm-up: JIT, compromise's lazy lexicon and the tagger's model, so no side pays them in a measured run.
  raw(documents.slice(0, 50));
  entente(documents.slice(0, 50));
  rulesOnly(documents.slice(0, 50));
  const rawTimes: number[] = [];
  const ententeTimes: number[] = [];
  const rulesTimes: number[] = [];
  for (let r = 0; r < runs; r++) {
    rawTimes.push(time(() => raw(documents)));
    ententeTimes.push(time(() => entente(documents)));
    rulesTimes.push(time(() => rulesOnly(documents)));
  }
  const rawMBs = mb / median(rawTimes);
  const ententeMBs = mb / median(ententeTimes);
  const rulesMBs = mb / median(rulesTimes);
  console.log(`corpus: ${documents.length} documents, ${mb.toFixed(2)} MB (${corpus}); median of ${runs} alternating runs, one core`);
  console.log("pipeline                         MB/s     seconds (median)   ratio to compromise");
  console.log(`raw compromise nlp(text)      ${rawMBs.toFixed(3).padStart(7)}     ${median(rawTimes).toFixed(2).padStart(7)}`);
  console.log(`entente extractCorpus         ${ententeMBs.toFixed(3).padStart(7)}     ${median(ententeTimes).toFixed(2).padStart(7)}            ${(ententeMBs / rawMBs).toFixed(2)}x`);
  console.log(`entente, rules only           ${rulesMBs.toFixed(3).padStart(7)}     ${median(rulesTimes).toFixed(2).padStart(7)}            ${(rulesMBs / rawMBs).toFixed(2)}x`);
  return 0;
}

process.exitCode = main(process.argv.slice(2));
