/**
 * `entente eval [--data DIR] [--show]`: scores the extractor on the four development sets in one run
 * (re3d-dev and the three open sets of ../shared/data/ner-open), each beside the rules alone (the
 * ablation: no learned tagger) and raw compromise, per type, then the macro average over the sets.
 * The pipeline's figures are cross-validated: the committed tagger was trained on these very sets, so
 * each document is tagged by a model trained on the other folds. `--data DIR` scores one set instead.
 */
import { basename, resolve } from "node:path";
import { REPO_ROOT } from "../config.js";
import type { ExtractOptions } from "../extract/index.js";
import { CROSS_VALIDATION_DEFAULTS, crossValidate, loadDevSets, loadRe3d, macroAverage, scoreMentions, scoreRawCompromise, type NamedDataset, type Re3dDataset, type ScoreReport, type ScoreType } from "../extract/evaluate/index.js";
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
  /** The pipeline as shipped, learned tagger included, each document tagged by a model that never saw it. */
  entente: ScoreReport;
  /** The rules alone (`tagger: false`), through a corpus in memory. */
  rules: ScoreReport;
  compromise: ScoreReport;
}

/**
 * Scores the sets: the pipeline cross-validated over all of them at once (each fold's model trains on
 * the other folds of every set, as the committed model trains on every set), the rules alone, raw compromise.
 */
export async function scoreSets(sets: readonly NamedDataset[], folds?: number): Promise<SetScores[]> {
  const validated = crossValidate(sets, {}, folds === undefined ? {} : { folds });
  const out: SetScores[] = [];
  for (const [i, data] of sets.entries()) {
    const rules = await scoreEntente(data, { tagger: false });
    out.push({ name: data.name, documents: data.documents.length, entente: validated[i], rules, compromise: scoreCompromise(data) });
  }
  return out;
}

const ROWS: ScoreType[] = ["person", "country", "organization", "all"];
const f = (x: number): string => x.toFixed(3);
const prf = (s: MacroScore): string => `${f(s.precision)} / ${f(s.recall)} / ${f(s.f1)}`;
const rowName = (t: ScoreType): string => (t === "all" ? "overall" : t).padEnd(14);

/** The comparison table of one set, one row per type. */
export function formatTable(entente: ScoreReport, baseline: ScoreReport, rules?: ScoreReport): string {
  const head = `type           entente P / R / F1        ${rules ? "rules only P / R / F1      " : ""}compromise P / R / F1     gold`;
  const lines = [head];
  for (const t of ROWS) {
    const e = entente.scores[t];
    const alone = rules ? `${prf(rules.scores[t])}     ` : "";
    lines.push(`${rowName(t)} ${prf(e)}     ${alone}${prf(baseline.scores[t])}     ${e.tp + e.fn}`);
  }
  return lines.join("\n");
}

/** The macro average over the sets, one row per type. */
export function formatMacro(sets: readonly SetScores[]): string {
  const e = macroAverage(sets.map((s) => s.entente));
  const t = macroAverage(sets.map((s) => s.rules));
  const c = macroAverage(sets.map((s) => s.compromise));
  const lines = [`macro average over ${sets.length} sets (${sets.map((s) => s.name).join(", ")})`, "type           entente P / R / F1        rules only P / R / F1      compromise P / R / F1"];
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
  const scored = await scoreSets(sets);
  for (const [i, s] of scored.entries()) {
    console.log(`\n${s.name}: ${s.documents} documents (${sets[i].dir})`);
    console.log(formatTable(s.entente, s.compromise, s.rules));
    if (parsed.show) {
      console.log(`\nmissed (${s.entente.missed.length}): ${s.entente.missed.join(" | ")}`);
      console.log(`\nfalse (${s.entente.falsePositives.length}): ${s.entente.falsePositives.join(" | ")}`);
    }
  }
  if (scored.length > 1) console.log(`\n${formatMacro(scored)}`);
  console.log(`\nentente: the committed tagger was trained on every document of these sets, so each document here is tagged by a model trained on the other ${CROSS_VALIDATION_DEFAULTS.folds - 1} of ${CROSS_VALIDATION_DEFAULTS.folds} folds (cross-validation); rules only: the pipeline without the tagger.`);
  return 0;
}
