/**
 * Decoding: Viterbi over BIO labels (an I- label only after the B- or I- of its type), each token's
 * confidence, and the labelled tokens turned back into spans of the text.
 */
import type { TaggerModel } from "./model.js";
import type { Token } from "./tokenize.js";

/** Whether label `cur` may follow `prev` (undefined: the sentence start). "I-ORG" needs "B-ORG" or "I-ORG" before it. */
export function allowedAfter(labels: readonly string[], prev: number | undefined, cur: number): boolean {
  const l = labels[cur];
  if (!l.startsWith("I-")) return true;
  if (prev === undefined) return false;
  return labels[prev].slice(2) === l.slice(2) && labels[prev] !== "O";
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

export interface Decoded {
  labels: number[];
  /** Probability of each token's label against the others, given the label before it (a softmax of the local scores). */
  confidence: number[];
}

/** The best label sequence under the emission and transition scores. */
export function viterbi(labels: readonly string[], emit: Float32Array, transitions: ArrayLike<number>, length: number): Decoded {
  const n = labels.length;
  if (length === 0) return { labels: [], confidence: [] };
  const score = new Float64Array(length * n).fill(-Infinity);
  const back = new Int32Array(length * n).fill(-1);
  for (let l = 0; l < n; l++) if (allowedAfter(labels, undefined, l)) score[l] = emit[l] + transitions[n * n + l];
  for (let i = 1; i < length; i++) {
    for (let l = 0; l < n; l++) {
      let best = -Infinity;
      let arg = -1;
      for (let p = 0; p < n; p++) {
        if (!allowedAfter(labels, p, l)) continue;
        const s = score[(i - 1) * n + p] + transitions[p * n + l];
        if (s > best) [best, arg] = [s, p];
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
  const confidence = out.map((l, i) => {
    const prev = i === 0 ? n : out[i - 1];
    const local = (k: number): number => emit[i * n + k] + transitions[prev * n + k];
    let z = 0;
    for (let k = 0; k < n; k++) if (allowedAfter(labels, i === 0 ? undefined : prev, k)) z += Math.exp(local(k) - local(l));
    return 1 / z;
  });
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
