/** Tags one text with a given model: tokens per sentence, features, Viterbi, and spans with their confidence. */
import { tokenize } from "./tokenize.js";
import { lowercaseWords, sentenceFeatures } from "./features.js";
import { bioSpans, emissions, spanOffsets, viterbi } from "./decode.js";
import type { TaggerModel } from "./model.js";

export type TaggedType = "person" | "organization" | "location";

export interface TaggedSpan {
  start: number;
  end: number;
  type: TaggedType;
  /** Mean confidence of the span's tokens, in (0, 1]. */
  score: number;
}

const TYPES: Record<string, TaggedType> = { PER: "person", ORG: "organization", LOC: "location" };

/** The names the model finds in `text`, sentence by sentence, in text order. */
export function tagWithModel(model: TaggerModel, text: string, sentences: readonly { start: number; end: number }[]): TaggedSpan[] {
  const out: TaggedSpan[] = [];
  const perSentence = sentences.map((s) => tokenize(text, s.start, s.end));
  const lowercase = lowercaseWords(perSentence.flat());
  for (const tokens of perSentence) {
    if (tokens.length === 0) continue;
    const decoded = viterbi(model.labels, emissions(model, sentenceFeatures(tokens, lowercase)), model.transitions, tokens.length);
    for (const s of bioSpans(model.labels, decoded.labels)) {
      let sum = 0;
      for (let i = s.first; i <= s.last; i++) sum += decoded.confidence[i];
      out.push({ ...spanOffsets(tokens, s), type: TYPES[s.type], score: sum / (s.last - s.first + 1) });
    }
  }
  return out;
}
