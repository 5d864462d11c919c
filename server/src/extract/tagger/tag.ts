/**
 * Tags one text with a given model: tokens per sentence, features (as model rows: `./feature-rows.ts`,
 * the same sums as the strings of `sentenceFeatures` that training reads), Viterbi, and spans with their confidence.
 */
import { tokenize } from "./tokenize.js";
import { lowercaseWords } from "./features.js";
import { sentenceRows, type FeatureRows } from "./feature-rows.js";
import { bioSpans, rowEmissions, spanOffsets, viterbi } from "./decode.js";
import type { TaggerModel } from "./model.js";

export type TaggedType = "person" | "organization" | "location";

export interface TaggedSpan {
  start: number;
  end: number;
  type: TaggedType;
  /** Mean confidence of the span's tokens, in (0, 1]. */
  score: number;
}

/**
 * A scored span as a class, not an object literal, for V8's sake (Node 20): the literal's objects share one
 * template, and when its first score was a whole number (a confidence of exactly 1) every later fraction threw
 * `tagWithModel`'s optimized code away. In a worker over the BBC corpus that was 27 recompilations. The
 * proposals built from these spans (`./proposals.ts`) have the same shape and use it too.
 */
export class ScoredSpan<T extends string> {
  constructor(
    public start: number,
    public end: number,
    public type: T,
    public score: number,
  ) {}
}

const TYPES: Record<string, TaggedType> = { PER: "person", ORG: "organization", LOC: "location" };

/** The names the model finds in `text`, sentence by sentence, in text order. */
export function tagWithModel(model: TaggerModel, text: string, sentences: readonly { start: number; end: number }[]): TaggedSpan[] {
  const out: TaggedSpan[] = [];
  const perSentence = sentences.map((s) => tokenize(text, s.start, s.end));
  const lowercase = lowercaseWords(perSentence.flat());
  let rows: FeatureRows | undefined;
  let emit: Float32Array | undefined;
  for (const tokens of perSentence) {
    if (tokens.length === 0) continue;
    rows = sentenceRows(model, tokens, lowercase, rows);
    emit = rowEmissions(model, rows, emit);
    const decoded = viterbi(model.labels, emit, model.transitions, tokens.length);
    for (const s of bioSpans(model.labels, decoded.labels)) {
      let sum = 0;
      for (let i = s.first; i <= s.last; i++) sum += decoded.confidence[i];
      const { start, end } = spanOffsets(tokens, s);
      out.push(new ScoredSpan(start, end, TYPES[s.type], sum / (s.last - s.first + 1)));
    }
  }
  return out;
}
