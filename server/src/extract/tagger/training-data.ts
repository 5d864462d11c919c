/**
 * Annotated documents (re3d layout) -> training sentences: the pipeline's own sentence split, the
 * tagger's tokens, and BIO labels from the gold spans. Only named spans train: a Person, Organisation
 * or Location span that opens with a capital (re3d also marks "he" and "the regime"); a leading "the"
 * is left outside, as in CoNLL; 'Nationality' (the ner-open sets' every other label) is O; of
 * overlapping spans (re3d repeats one per annotator, and nests them) the longest wins.
 */
import type { SourceDocument } from "../../types.js";
import type { GoldAnnotation } from "../evaluate/index.js";
import { splitSentences } from "../index.js";
import { tokenize, type Token } from "./tokenize.js";
import { lowercaseWords, sentenceFeatures } from "./features.js";
import { TAGGER_DEFAULTS } from "./options.js";
import type { TrainingSentence } from "./perceptron.js";

const KINDS: Record<string, string> = { Person: "PER", Organisation: "ORG", Location: "LOC" };
const PRONOUNS = /^(he|she|it|they|we|i|you|him|her|them|us|his|its|their|our)$/i;

export interface GoldName {
  start: number;
  end: number;
  /** "PER", "ORG" or "LOC". */
  type: string;
}

/** The named, non-overlapping gold spans of one document, in text order. */
export function goldNames(text: string, annotations: readonly GoldAnnotation[]): GoldName[] {
  const names: GoldName[] = [];
  for (const a of annotations) {
    const type = KINDS[a.type];
    if (!type) continue;
    let start = a.begin;
    const lead = /^the\s+/i.exec(text.slice(a.begin, a.end));
    if (lead) start += lead[0].length;
    const surface = text.slice(start, a.end);
    if (!/^\p{Lu}|^\p{N}/u.test(surface) || PRONOUNS.test(surface)) continue;
    names.push({ start, end: a.end, type });
  }
  names.sort((x, y) => y.end - y.start - (x.end - x.start) || x.start - y.start);
  const kept: GoldName[] = [];
  for (const n of names) if (!kept.some((k) => k.start < n.end && n.start < k.end)) kept.push(n);
  return kept.sort((x, y) => x.start - y.start);
}

/** BIO label indexes of tokens against gold spans: a token overlapping a span takes its type, B- on the first. */
export function bioLabels(tokens: readonly Token[], names: readonly GoldName[]): number[] {
  const labels: readonly string[] = TAGGER_DEFAULTS.labels;
  let previous: GoldName | undefined;
  return tokens.map((t) => {
    const name = names.find((n) => n.start < t.end && t.start < n.end);
    const label = name ? `${name === previous ? "I" : "B"}-${name.type}` : "O";
    previous = name;
    return labels.indexOf(label);
  });
}

/** Training sentences of some documents and their annotations. */
export function trainingSentences(documents: readonly SourceDocument[], annotations: readonly GoldAnnotation[]): TrainingSentence[] {
  const byDoc = new Map<string, GoldAnnotation[]>();
  for (const a of annotations) byDoc.set(a.documentId, [...(byDoc.get(a.documentId) ?? []), a]);
  const out: TrainingSentence[] = [];
  for (const d of documents) {
    const names = goldNames(d.text, byDoc.get(d.id) ?? []);
    const perSentence = splitSentences(d.text).map((s) => tokenize(d.text, s.start, s.end));
    const lowercase = lowercaseWords(perSentence.flat());
    for (const tokens of perSentence) {
      if (tokens.length > 0) out.push({ features: sentenceFeatures(tokens, lowercase), gold: bioLabels(tokens, names) });
    }
  }
  return out;
}
