/**
 * `entente eval [--data DIR] [--show]`: scores the extractor on the re3d development set
 * and prints precision, recall and F1 per type and overall, beside raw compromise's
 * figures on the same documents in the same run.
 */
import { resolve } from "node:path";
import { REPO_ROOT } from "../config.js";
import { extractCorpus, extractDocument, resolveCorpus } from "../extract/index.js";
import { compromiseMentions, loadRe3d, scoreMentions, type PredictedMention, type ScoreReport, type ScoreType } from "../extract/evaluate/index.js";
import type { Re3dDataset } from "../extract/evaluate/index.js";

/** The development set beside the checkout: <repo>/../shared/data/re3d-dev. */
export const DEFAULT_DATA_DIR = resolve(REPO_ROOT, "../shared/data/re3d-dev");

/** Scores entente's extractor on a loaded dataset. */
export function scoreEntente(data: Re3dDataset): ScoreReport {
  const texts = new Map(data.documents.map((d) => [d.id, d.text]));
  const predictions = new Map<string, PredictedMention[]>();
  for (const d of extractCorpus(data.documents)) predictions.set(d.id, d.mentions);
  return scoreMentions(data.annotations, texts, predictions);
}

/**
 * Scores the extractor as `ingest` and `serve` run it: each document extracted on its own
 * (as it arrives), then resolved across the stored corpus. `extractCorpus` can do slightly
 * better in a batch, because it types every document before resolving any.
 */
export function scoreIncremental(data: Re3dDataset): ScoreReport {
  const texts = new Map(data.documents.map((d) => [d.id, d.text]));
  const docs = resolveCorpus(data.documents.map((d) => extractDocument(d)));
  return scoreMentions(data.annotations, texts, new Map(docs.map((d) => [d.id, d.mentions])));
}

/** Scores raw compromise (people/places/organizations) on a loaded dataset. */
export function scoreCompromise(data: Re3dDataset): ScoreReport {
  const texts = new Map(data.documents.map((d) => [d.id, d.text]));
  const predictions = new Map(data.documents.map((d) => [d.id, compromiseMentions(d.text)]));
  return scoreMentions(data.annotations, texts, predictions);
}

/** Loads the dataset at `dir` and scores entente on it. */
export function evaluateExtractor(dir: string = DEFAULT_DATA_DIR): ScoreReport {
  return scoreEntente(loadRe3d(dir));
}

const ROWS: ScoreType[] = ["person", "country", "organization", "all"];

/** The comparison table, one row per type. */
export function formatTable(entente: ScoreReport, baseline: ScoreReport): string {
  const f = (x: number): string => x.toFixed(3);
  const lines = ["type           entente P / R / F1        compromise P / R / F1     gold"];
  for (const t of ROWS) {
    const e = entente.scores[t];
    const c = baseline.scores[t];
    lines.push(`${(t === "all" ? "overall" : t).padEnd(14)} ${f(e.precision)} / ${f(e.recall)} / ${f(e.f1)}     ${f(c.precision)} / ${f(c.recall)} / ${f(c.f1)}     ${e.tp + e.fn}`);
  }
  return lines.join("\n");
}

export async function runEval(args: string[]): Promise<number> {
  let dir = DEFAULT_DATA_DIR;
  let show = false;
  for (let i = 0; i < args.length; i++) {
    if (args[i] === "--data") dir = resolve(args[++i] ?? "");
    else if (args[i] === "--show") show = true;
    else {
      console.error(`eval: unknown argument "${args[i]}"\nusage: entente eval [--data DIR] [--show]`);
      return 2;
    }
  }
  let data: Re3dDataset;
  try {
    data = loadRe3d(dir);
  } catch (err) {
    console.error((err as Error).message);
    return 1;
  }
  const entente = scoreEntente(data);
  const baseline = scoreCompromise(data);
  console.log(`re3d development set: ${data.documents.length} documents (${dir})`);
  console.log(formatTable(entente, baseline));
  const incremental = scoreIncremental(data).scores.all;
  console.log(
    `incremental (as ingest/serve store it): overall ${incremental.precision.toFixed(3)} / ${incremental.recall.toFixed(3)} / ${incremental.f1.toFixed(3)}`,
  );
  if (show) {
    console.log(`\nmissed (${entente.missed.length}): ${entente.missed.join(" | ")}`);
    console.log(`\nfalse (${entente.falsePositives.length}): ${entente.falsePositives.join(" | ")}`);
  }
  return 0;
}
