/**
 * Decoding: Viterbi over BIO labels (an I- label only after the B- or I- of its type), each token's
 * confidence, and the labelled tokens turned back into spans of the text.
 */
import type { TaggerModel } from "./model.js";
import type { Token } from "./tokenize.js";
import type { FeatureRows } from "./feature-rows.js";

/** Whether label `cur` may follow `prev` (undefined: the sentence start). "I-ORG" needs "B-ORG" or "I-ORG" before it. */
export function allowedAfter(labels: readonly string[], prev: number | undefined, cur: number): boolean {
  const l = labels[cur];
  if (!l.startsWith("I-")) return true;
  if (prev === undefined) return false;
  return labels[prev].slice(2) === l.slice(2) && labels[prev] !== "O";
}

/**
 * Which label may follow which, as (labels.length + 1) rows of labels.length like the transitions: row p
 * for the label before, the last row for the sentence start. Built once per label list, because
 * `allowedAfter`'s slicing inside Viterbi's inner loop cost 0.4 s on 400 articles.
 */
const masks = new WeakMap<readonly string[], Uint8Array>();
export function transitionMask(labels: readonly string[]): Uint8Array {
  let mask = masks.get(labels);
  if (mask === undefined) {
    const n = labels.length;
    mask = new Uint8Array((n + 1) * n);
    for (let l = 0; l < n; l++) {
      mask[n * n + l] = allowedAfter(labels, undefined, l) ? 1 : 0;
      for (let p = 0; p < n; p++) mask[p * n + l] = allowedAfter(labels, p, l) ? 1 : 0;
    }
    masks.set(labels, mask);
  }
  return mask;
}

/** Sums the weights of each token's features: n rows of one score per label. */
export function emissions(model: Pick<TaggerModel, "index" | "weights" | "labels">, features: readonly string[][]): Float32Array {
  const n = model.labels.length;
  const out = new Float32Array(features.length * n);
  features.forEach((fs, i) => {
    for (const f of fs) {
      const row = model.index.get(f);
      if (row === undefined) continue;
      for (let l = 0; l < n; l++) out[i * n + l] += model.weights[row + l];
    }
  });
  return out;
}

/**
 * The same sums from rows already looked up (`sentenceRows`). Float32 sums depend on their order, so
 * each label's sum adds the rows in the order of the feature strings, as `emissions` does, rounding to
 * float32 after each addition as a Float32Array's `+=` does. Writes into `reuse` when it is large
 * enough (see `sentenceRows`); the result may then be longer than the sentence's tokens times labels.
 */
export function rowEmissions(model: Pick<TaggerModel, "weights" | "labels">, features: FeatureRows, reuse?: Float32Array): Float32Array {
  const n = model.labels.length;
  const { tokens, rows, starts } = features;
  const weights = model.weights;
  const out = reuse && reuse.length >= tokens * n ? reuse : new Float32Array(reuse ? 2 * tokens * n : tokens * n);
  for (let i = 0; i < tokens; i++) {
    for (let l = 0; l < n; l++) {
      let sum = 0;
      for (let k = starts[i]; k < starts[i + 1]; k++) sum = Math.fround(sum + weights[rows[k] + l]);
      out[i * n + l] = sum;
    }
  }
  return out;
}

export interface Decoded {
  labels: number[];
  /** Probability of each token's label against the others, given the label before it (a softmax of the local scores). */
  confidence: number[];
}

/** Viterbi's tables, kept between sentences (see `sentenceRows` on typed arrays); nothing returned points into them. */
let scores = new Float64Array(1024);
let backs = new Int32Array(1024);

/** The best label sequence under the emission and transition scores. */
export function viterbi(labels: readonly string[], emit: Float32Array, transitions: ArrayLike<number>, length: number): Decoded {
  const n = labels.length;
  if (length === 0) return { labels: [], confidence: [] };
  const allowed = transitionMask(labels);
  if (scores.length < length * n) [scores, backs] = [new Float64Array(2 * length * n), new Int32Array(2 * length * n)];
  const score = scores;
  const back = backs;
  // Every later row is written before it is read; the first needs -Infinity where a label may not open.
  for (let l = 0; l < n; l++) score[l] = allowed[n * n + l] ? emit[l] + transitions[n * n + l] : -Infinity;
  for (let i = 1; i < length; i++) {
    for (let l = 0; l < n; l++) {
      let best = -Infinity;
      let arg = -1;
      for (let p = 0; p < n; p++) {
        if (!allowed[p * n + l]) continue;
        const s = score[(i - 1) * n + p] + transitions[p * n + l];
        if (s > best) {
          best = s;
          arg = p;
        }
      }
      score[i * n + l] = best + emit[i * n + l];
      back[i * n + l] = arg;
    }
  }
  let last = 0;
  for (let l = 1; l < n; l++) if (score[(length - 1) * n + l] > score[(length - 1) * n + last]) last = l;
  const out = new Array<number>(length);
  out[length - 1] = last;
  for (let i = length - 1; i > 0; i--) out[i - 1] = back[i * n + out[i]];
  const confidence = new Array<number>(length);
  for (let i = 0; i < length; i++) {
    const prev = i === 0 ? n : out[i - 1];
    const l = out[i];
    const own = emit[i * n + l] + transitions[prev * n + l];
    let z = 0;
    for (let k = 0; k < n; k++) if (allowed[prev * n + k]) z += Math.exp(emit[i * n + k] + transitions[prev * n + k] - own);
    confidence[i] = 1 / z;
  }
  return { labels: out, confidence };
}

export interface TokenSpan {
  /** First and last token (inclusive). */
  first: number;
  last: number;
  /** "PER", "ORG" or "LOC". */
  type: string;
}

/** The entity spans of a BIO label sequence. */
export function bioSpans(labels: readonly string[], sequence: readonly number[]): TokenSpan[] {
  const spans: TokenSpan[] = [];
  sequence.forEach((l, i) => {
    const label = labels[l];
    if (label.startsWith("B-")) spans.push({ first: i, last: i, type: label.slice(2) });
    else if (label.startsWith("I-") && spans.length > 0 && spans[spans.length - 1].last === i - 1) spans[spans.length - 1].last = i;
  });
  return spans;
}

/** Character offsets of a token span. */
export function spanOffsets(tokens: readonly Token[], s: TokenSpan): { start: number; end: number } {
  return { start: tokens[s.first].start, end: tokens[s.last].end };
}
