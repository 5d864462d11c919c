/**
 * The tagger's model in memory and on disk. On disk: gzipped JSON with the feature strings, their
 * weights as integers (a row of one weight per label, flattened) and the label transitions; in memory:
 * a Map from feature to row offset and Float32Arrays, built in one pass when loaded.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { gunzipSync, gzipSync } from "node:zlib";
import { fileURLToPath } from "node:url";
import { InvalidInputError } from "../../errors.js";
import { TAGGER_DEFAULTS } from "./options.js";

export const MODEL_FORMAT = "entente-ner-tagger/1";

/** The committed model, trained by `npm run train:tagger`. */
export const DEFAULT_MODEL_PATH = fileURLToPath(new URL("./model/ner-tagger.json.gz", import.meta.url));

export interface TaggerModel {
  labels: readonly string[];
  /** feature string -> offset of its row in `weights`. */
  index: Map<string, number>;
  /** One row of `labels.length` weights per feature. */
  weights: Float32Array;
  /** (labels.length + 1) rows of labels.length: row p is the weight of each label after label p; the last row is the sentence start. */
  transitions: Float32Array;
}

/** The model as stored: integers in units of 1 / scale. */
export interface StoredModel {
  format: typeof MODEL_FORMAT;
  labels: string[];
  scale: number;
  /** Where the data came from and how it was trained, for the record. */
  trainedOn: string[];
  features: string[];
  weights: number[];
  transitions: number[];
}

/** Builds the in-memory model from its stored form, checking its shape. */
export function fromStored(stored: StoredModel, where = "model"): TaggerModel {
  const n = stored.labels?.length ?? 0;
  if (stored.format !== MODEL_FORMAT || n !== TAGGER_DEFAULTS.labels.length || stored.labels.some((l, i) => l !== TAGGER_DEFAULTS.labels[i])) {
    throw new InvalidInputError(`tagger: ${where} is not an ${MODEL_FORMAT} model with labels ${TAGGER_DEFAULTS.labels.join(",")}; retrain it with npm run train:tagger`);
  }
  if (stored.weights.length !== stored.features.length * n || stored.transitions.length !== (n + 1) * n) {
    throw new InvalidInputError(`tagger: ${where} has ${stored.weights.length} weights for ${stored.features.length} features; retrain it with npm run train:tagger`);
  }
  const index = new Map<string, number>();
  stored.features.forEach((f, i) => index.set(f, i * n));
  const weights = Float32Array.from(stored.weights, (w) => w / stored.scale);
  const transitions = Float32Array.from(stored.transitions, (w) => w / stored.scale);
  return { labels: stored.labels, index, weights, transitions };
}

/** Reads a gzipped model file. */
export function loadModelFile(path: string = DEFAULT_MODEL_PATH): TaggerModel {
  let stored: StoredModel;
  try {
    stored = JSON.parse(gunzipSync(readFileSync(path)).toString("utf8")) as StoredModel;
  } catch (err) {
    throw new InvalidInputError(`tagger: cannot read the model at "${path}"; run npm run train:tagger to build it`, { cause: err });
  }
  return fromStored(stored, `"${path}"`);
}

/** Writes a model gzipped; returns the size in bytes. */
export function saveModelFile(stored: StoredModel, path: string = DEFAULT_MODEL_PATH): number {
  const bytes = gzipSync(JSON.stringify(stored), { level: 9 });
  writeFileSync(path, bytes);
  return bytes.length;
}
