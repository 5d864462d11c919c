/**
 * Training: a structured averaged perceptron. Each pass decodes every sentence with Viterbi under the
 * current weights and, where the best sequence differs from the gold one, moves the weights of the
 * gold labels up and of the predicted ones down. Averaging uses the usual trick: beside the weights,
 * accumulate each update times its step, and subtract their mean at the end.
 */
import { viterbi } from "./decode.js";
import { TAGGER_DEFAULTS } from "./options.js";
import { MODEL_FORMAT, type StoredModel } from "./model.js";

export interface TrainingSentence {
  /** The feature strings of each token. */
  features: string[][];
  /** Gold label index of each token. */
  gold: number[];
}

/** A small seeded generator (mulberry32), so shuffles and splits are the same on every run. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Fisher-Yates with the seeded generator. */
export function shuffled<T>(items: readonly T[], random: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

export interface TrainSettings {
  epochs: number;
  seed: number;
  /** Logged after each pass (sentences with an error, out of all). */
  onEpoch?: (epoch: number, errors: number, total: number) => void;
}

/** Trains on the sentences and returns the averaged, rounded and pruned model ready to store. */
export function trainPerceptron(data: readonly TrainingSentence[], settings: TrainSettings, trainedOn: string[] = []): StoredModel {
  const labels = TAGGER_DEFAULTS.labels;
  const n = labels.length;
  const index = new Map<string, number>();
  const ids = data.map((s) => s.features.map((fs) => Int32Array.from(fs, (f) => index.get(f) ?? index.set(f, index.size).get(f)!)));
  const w = new Float64Array(index.size * n);
  const u = new Float64Array(index.size * n);
  const tw = new Float64Array((n + 1) * n);
  const tu = new Float64Array((n + 1) * n);
  let step = 1;
  const bump = (arr: Float64Array, acc: Float64Array, k: number, d: number): void => {
    arr[k] += d;
    acc[k] += step * d;
  };
  const random = seededRandom(settings.seed);
  const order = data.map((_, i) => i);
  for (let epoch = 1; epoch <= settings.epochs; epoch++) {
    let errors = 0;
    for (const si of shuffled(order, random)) {
      const { gold } = data[si];
      const tokens = ids[si];
      const emit = new Float32Array(tokens.length * n);
      tokens.forEach((fs, i) => {
        for (const f of fs) for (let l = 0; l < n; l++) emit[i * n + l] += w[f * n + l];
      });
      const predicted = viterbi(labels, emit, tw, tokens.length).labels;
      let wrong = false;
      for (let i = 0; i < tokens.length; i++) {
        const g = gold[i];
        const p = predicted[i];
        const gPrev = i === 0 ? n : gold[i - 1];
        const pPrev = i === 0 ? n : predicted[i - 1];
        if (g !== p) {
          wrong = true;
          for (const f of tokens[i]) {
            bump(w, u, f * n + g, 1);
            bump(w, u, f * n + p, -1);
          }
        }
        if (g !== p || gPrev !== pPrev) {
          bump(tw, tu, gPrev * n + g, 1);
          bump(tw, tu, pPrev * n + p, -1);
        }
      }
      if (wrong) errors++;
      step++;
    }
    settings.onEpoch?.(epoch, errors, data.length);
  }
  return storeAveraged(index, w, u, tw, tu, step, trainedOn);
}

/** The averaged weights as integers, dropping features whose every weight rounds below the pruning threshold. */
function storeAveraged(index: Map<string, number>, w: Float64Array, u: Float64Array, tw: Float64Array, tu: Float64Array, step: number, trainedOn: string[]): StoredModel {
  const n = TAGGER_DEFAULTS.labels.length;
  const scale = TAGGER_DEFAULTS.weightScale;
  const quantize = (arr: Float64Array, acc: Float64Array, k: number): number => Math.round((arr[k] - acc[k] / step) * scale);
  const features: string[] = [];
  const weights: number[] = [];
  for (const [feature, id] of [...index].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    const row = Array.from({ length: n }, (_, l) => quantize(w, u, id * n + l));
    if (row.every((x) => Math.abs(x) < TAGGER_DEFAULTS.pruneBelow)) continue;
    features.push(feature);
    weights.push(...row.map((x) => (Math.abs(x) < TAGGER_DEFAULTS.pruneBelow ? 0 : x)));
  }
  const transitions = Array.from(tw, (_, k) => quantize(tw, tu, k));
  return { format: MODEL_FORMAT, labels: [...TAGGER_DEFAULTS.labels], scale, trainedOn, features, weights, transitions };
}
