/**
 * The learned recall layer: an averaged-perceptron BIO tagger (person, organization, location) with
 * Viterbi decoding, trained by `npm run train:tagger` on open corpora and committed in ./model.
 * `tagSpans` is deterministic; the model is read once, on first use.
 */
import type { TaggerModel } from "./model.js";
import { loadModelFile } from "./model.js";
import { tagWithModel, type TaggedSpan } from "./tag.js";

export { tokenize, type Token } from "./tokenize.js";
export { isTitledSentence, lowercaseWords, sentenceFeatures, wordShape } from "./features.js";
export { sentenceRows, type FeatureRows } from "./feature-rows.js";
export { allowedAfter, bioSpans, emissions, rowEmissions, viterbi } from "./decode.js";
export { DEFAULT_MODEL_PATH, fromStored, loadModelFile, saveModelFile, MODEL_FORMAT, type StoredModel, type TaggerModel } from "./model.js";
export { TAGGER_DEFAULTS, type TaggerLabel } from "./options.js";
export { tagWithModel, type TaggedSpan, type TaggedType } from "./tag.js";
export { taggerProposals } from "./proposals.js";
export { seededRandom, shuffled, trainPerceptron, type TrainingSentence } from "./perceptron.js";
export { trainingSentences } from "./training-data.js";

let model: TaggerModel | undefined;

/** The committed model, loaded on first use. */
export function taggerModel(): TaggerModel {
  model ??= loadModelFile();
  return model;
}

/**
 * Replaces the model `tagSpans` uses (undefined: back to the committed one). For the training
 * script's held-out figures, which run the pipeline with a model that never saw those documents.
 */
export function useTaggerModel(next: TaggerModel | undefined): void {
  model = next;
}

/** The person, organization and location names the tagger finds in each sentence of `text`. */
export function tagSpans(text: string, sentences: readonly { start: number; end: number }[]): TaggedSpan[] {
  return tagWithModel(taggerModel(), text, sentences);
}
