/**
 * `npm run train:tagger [-- --data DIR] [--epochs N] [--held-out-only]`: trains the tagger on the
 * four development sets (../shared/data: re3d-dev and ner-open's three), first on 80% of each set's
 * documents to report honest figures on the other 20%, then on everything for the committed model.
 */
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { annotationsOf, loadDevSets, scorePipeline, scoreTaggerAlone, type NamedDataset, type ScoreReport } from "../evaluate/index.js";
import { InvalidInputError } from "../../errors.js";
import { TAGGER_DEFAULTS } from "./options.js";
import { trainPerceptron, type TrainingSentence } from "./perceptron.js";
import { trainingSentences } from "./training-data.js";
import { fromStored, saveModelFile, DEFAULT_MODEL_PATH, type StoredModel } from "./model.js";
import { exactSpanCounts, prf, splitDocuments, type Split } from "./held-out.js";
import { useTaggerModel } from "./index.js";

const DEFAULT_DATA_ROOT = fileURLToPath(new URL("../../../../../shared/data", import.meta.url));

interface Args {
  root: string;
  epochs: number;
  heldOutOnly: boolean;
}

function parseArgs(argv: string[]): Args {
  const args: Args = { root: DEFAULT_DATA_ROOT, epochs: TAGGER_DEFAULTS.epochs, heldOutOnly: false };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === "--data") args.root = resolve(argv[++i] ?? "");
    else if (argv[i] === "--epochs") args.epochs = Number(argv[++i]);
    else if (argv[i] === "--held-out-only") args.heldOutOnly = true;
    else throw new InvalidInputError(`train:tagger: unknown argument "${argv[i]}"; usage: train:tagger [--data DIR] [--epochs N] [--held-out-only]`);
  }
  if (!Number.isInteger(args.epochs) || args.epochs < 1) throw new InvalidInputError(`train:tagger: --epochs must be a positive integer, got ${args.epochs}`);
  return args;
}

function train(sentences: TrainingSentence[], epochs: number, trainedOn: string[]): StoredModel {
  const t0 = Date.now();
  const stored = trainPerceptron(sentences, {
    epochs,
    seed: TAGGER_DEFAULTS.seed,
    onEpoch: (e, errors, total) => console.log(`  pass ${e}: ${errors} of ${total} sentences wrong (${((Date.now() - t0) / 1000).toFixed(1)} s)`),
  });
  return { ...stored, trainedOn };
}

const line = (name: string, r: ScoreReport): string =>
  `  ${name.padEnd(22)} person ${r.scores.person.f1.toFixed(3)}  country ${r.scores.country.f1.toFixed(3)}  organization ${r.scores.organization.f1.toFixed(3)}  overall ${prfOf(r)}`;
const prfOf = (r: ScoreReport): string => `${r.scores.all.precision.toFixed(3)} / ${r.scores.all.recall.toFixed(3)} / ${r.scores.all.f1.toFixed(3)}`;

/** Trains on the training parts, then prints each set's held-out figures: the tagger's exact spans, and the scorer on the pipeline with and without it. */
function heldOut(sets: NamedDataset[], splits: Split[], epochs: number): void {
  console.log(`held-out split: ${TAGGER_DEFAULTS.heldOutShare * 100}% of each set's documents, seed ${TAGGER_DEFAULTS.seed}`);
  const sentences = sets.flatMap((s, i) => trainingSentences(splits[i].train, annotationsOf(s.annotations, splits[i].train)));
  console.log(`training on ${sentences.length} sentences of the other documents`);
  const model = fromStored(train(sentences, epochs, ["held-out run"]));
  useTaggerModel(model);
  const macro = { rules: 0, tagger: 0 };
  for (const [i, s] of sets.entries()) {
    const docs = splits[i].heldOut;
    const set = { documents: docs, annotations: annotationsOf(s.annotations, docs) };
    const exact = exactSpanCounts(model, docs, set.annotations);
    console.log(`\n${s.name}: ${docs.length} held-out documents`);
    console.log(`  tagger exact spans P / R / F1: PER ${prf(exact.PER)}  ORG ${prf(exact.ORG)}  LOC ${prf(exact.LOC)}  all ${prf(exact.all)}`);
    const rules = scorePipeline(set, { tagger: false });
    const withTagger = scorePipeline(set, { tagger: true });
    console.log(line("tagger alone", scoreTaggerAlone(set)));
    console.log(line("rules", rules));
    console.log(line("rules + tagger", withTagger));
    macro.rules += rules.scores.all.f1 / sets.length;
    macro.tagger += withTagger.scores.all.f1 / sets.length;
  }
  console.log(`\nheld-out macro F1 over the ${sets.length} sets: rules ${macro.rules.toFixed(3)}, rules + tagger ${macro.tagger.toFixed(3)}`);
  useTaggerModel(undefined);
}

function main(): void {
  const args = parseArgs(process.argv.slice(2));
  const sets = loadDevSets(args.root);
  const splits = sets.map((s) => splitDocuments(s.documents, TAGGER_DEFAULTS.heldOutShare, TAGGER_DEFAULTS.seed));
  heldOut(sets, splits, args.epochs);
  if (args.heldOutOnly) return;
  console.log(`\ntraining the committed model on every document of ${sets.map((s) => s.name).join(", ")}`);
  const sentences = sets.flatMap((s) => trainingSentences(s.documents, s.annotations));
  const stored = train(sentences, args.epochs, sets.map((s) => `${s.name}: ${s.documents.length} documents`));
  const bytes = saveModelFile(stored);
  console.log(`wrote ${DEFAULT_MODEL_PATH}: ${stored.features.length} features, ${(bytes / 1024 / 1024).toFixed(2)} MB gzipped`);
}

main();
