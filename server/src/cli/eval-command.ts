/**
 * `entente eval [--data DIR] [--show]`: scores the extractor on the four development sets in one run
 * (re3d-dev and the three open sets of ../shared/data/ner-open), each beside raw compromise and beside
 * the pipeline with the learned tagger (the ablation), per type, then the macro average over the sets.
 * `--data DIR` scores one set in re3d's layout instead.
 */
import { basename, resolve } from "node:path";
import { REPO_ROOT } from "../config.js";
import type { ExtractOptions } from "../extract/index.js";
import { loadDevSets, loadRe3d, macroAverage, scoreMentions, scoreRawCompromise, type NamedDataset, type Re3dDataset, type ScoreReport, type ScoreType } from "../extract/evaluate/index.js";
import type { MacroScore } from "../extract/evaluate/index.js";
import { contentHash } from "../ingest/index.js";
import { runBatch } from "../pipeline.js";

/** The folder beside the checkout that holds re3d-dev/ and ner-open/. */
export const DEFAULT_DATA_ROOT = resolve(REPO_ROOT, "../shared/data");

/** The re3d development set beside the checkout. */
export const DEFAULT_DATA_DIR = resolve(DEFAULT_DATA_ROOT, "re3d-dev");

/**
 * Scores entente's extractor (the default options, tagger off, unless `options` says otherwise) as every
 * entry point runs it: the set's documents ingested into a corpus in memory, as `ingest` stores them,
 * and each document's mentions as the graph has them after resolution across the set.
 */
export async function scoreEntente(data: Re3dDataset, options: Partial<ExtractOptions> = {}): Promise<ScoreReport> {
  const { documents } = await runBatch(
    data.documents.map((d) => ({ ...d, hash: contentHash(d.text) })),
    { extract: options },
  );
  const texts = new Map(data.documents.map((d) => [d.id, d.text]));
  // Predictions under the set's own ids; a document whose text another one already has gets that one's mentions.
  const predictions = new Map(data.documents.map((d, i) => [d.id, documents[i]?.mentions ?? []]));
  return scoreMentions(data.annotations, texts, predictions);
}

/** Scores raw compromise (people/places/organizations) on a loaded dataset. */
export function scoreCompromise(data: Re3dDataset): ScoreReport {
  return scoreRawCompromise(data);
}

/** Loads the dataset at `dir` and scores entente on it. */
export function evaluateExtractor(dir: string = DEFAULT_DATA_DIR): Promise<ScoreReport> {
  return scoreEntente(loadRe3d(dir));
}

/** The three systems scored on each set. */
export interface SetScores {
  name: string;
  documents: number;
  entente: ScoreReport;
  withTagger: ScoreReport;
  compromise: ScoreReport;
}

/** Scores one set: the pipeline as shipped, the pipeline with the tagger, raw compromise. */
export async function scoreSet(data: NamedDataset): Promise<SetScores> {
  const entente = await scoreEntente(data);
  const withTagger = await scoreEntente(data, { tagger: true });
  return { name: data.name, documents: data.documents.length, entente, withTagger, compromise: scoreCompromise(data) };
}

const ROWS: ScoreType[] = ["person", "country", "organization", "all"];
const f = (x: number): string => x.toFixed(3);
const prf = (s: MacroScore): string => `${f(s.precision)} / ${f(s.recall)} / ${f(s.f1)}`;
const rowName = (t: ScoreType): string => (t === "all" ? "overall" : t).padEnd(14);

/** The comparison table of one set, one row per type. */
export function formatTable(entente: ScoreReport, baseline: ScoreReport, withTagger?: ScoreReport): string {
  const head = `type           entente P / R / F1        ${withTagger ? "+ tagger P / R / F1        " : ""}compromise P / R / F1     gold`;
  const lines = [head];
  for (const t of ROWS) {
    const e = entente.scores[t];
    const tagged = withTagger ? `${prf(withTagger.scores[t])}     ` : "";
    lines.push(`${rowName(t)} ${prf(e)}     ${tagged}${prf(baseline.scores[t])}     ${e.tp + e.fn}`);
  }
  return lines.join("\n");
}

/** The macro average over the sets, one row per type. */
export function formatMacro(sets: readonly SetScores[]): string {
  const e = macroAverage(sets.map((s) => s.entente));
  const t = macroAverage(sets.map((s) => s.withTagger));
  const c = macroAverage(sets.map((s) => s.compromise));
  const lines = [`macro average over ${sets.length} sets (${sets.map((s) => s.name).join(", ")})`, "type           entente P / R / F1        + tagger P / R / F1        compromise P / R / F1"];
  for (const r of ROWS) lines.push(`${rowName(r)} ${prf(e[r])}     ${prf(t[r])}     ${prf(c[r])}`);
  return lines.join("\n");
}

function parseArgs(args: string[]): { dir?: string; show: boolean } | string {
  let dir: string | undefined;
  let show = false;
  for (let i = 0; i < args.length; i++) {
    if (args[i] === "--data") dir = resolve(args[++i] ?? "");
    else if (args[i] === "--show") show = true;
    else return `eval: unknown argument "${args[i]}"\nusage: entente eval [--data DIR] [--show]`;
  }
  return { dir, show };
}

export async function runEval(args: string[]): Promise<number> {
  const parsed = parseArgs(args);
  if (typeof parsed === "string") {
    console.error(parsed);
    return 2;
  }
  let sets: NamedDataset[];
  try {
    sets = parsed.dir ? [{ name: basename(parsed.dir), dir: parsed.dir, ...loadRe3d(parsed.dir) }] : loadDevSets(DEFAULT_DATA_ROOT);
  } catch (err) {
    console.error((err as Error).message);
    return 1;
  }
  const scored: SetScores[] = [];
  for (const data of sets) {
    const s = await scoreSet(data);
    scored.push(s);
    console.log(`\n${data.name}: ${data.documents.length} documents (${data.dir})`);
    console.log(formatTable(s.entente, s.compromise, s.withTagger));
    if (parsed.show) {
      console.log(`\nmissed (${s.entente.missed.length}): ${s.entente.missed.join(" | ")}`);
      console.log(`\nfalse (${s.entente.falsePositives.length}): ${s.entente.falsePositives.join(" | ")}`);
    }
  }
  if (scored.length > 1) console.log(`\n${formatMacro(scored)}`);
  console.log(`\n+ tagger: the committed model was trained on every document of these four sets, so its column is in-sample; npm run train:tagger prints figures on held-out documents.`);
  return 0;
}
