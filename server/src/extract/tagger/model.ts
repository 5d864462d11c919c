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

/** The model as trained: integers in units of 1 / scale. */
export interface StoredModel {
  format: typeof MODEL_FORMAT;
  labels: string[];
  scale: number;
  /** Where the data came from and how it was trained, for the record. */
  trainedOn: string[];
  features: string[];
  weights: ArrayLike<number>;
  transitions: number[];
}

/**
 * The file's JSON: features joined by newlines and weights as base64 16-bit integers, because parsing
 * 600,000 JSON numbers took 0.4 s and decoding one base64 string takes a few milliseconds.
 */
interface ModelFile extends Omit<StoredModel, "features" | "weights"> {
  features: string;
  weights: string;
}

const toBase64 = (values: ArrayLike<number>): string => Buffer.from(Int16Array.from(values).buffer).toString("base64");
function fromBase64(text: string): Int16Array {
  const bytes = Buffer.from(text, "base64");
  return new Int16Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
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
  const weights = new Float32Array(stored.weights.length);
  for (let i = 0; i < weights.length; i++) weights[i] = stored.weights[i] / stored.scale;
  const transitions = Float32Array.from(stored.transitions, (w) => w / stored.scale);
  return { labels: stored.labels, index, weights, transitions };
}

/** Reads a gzipped model file. */
export function loadModelFile(path: string = DEFAULT_MODEL_PATH): TaggerModel {
  let file: ModelFile;
  try {
    file = JSON.parse(gunzipSync(readFileSync(path)).toString("utf8")) as ModelFile;
  } catch (err) {
    throw new InvalidInputError(`tagger: cannot read the model at "${path}"; run npm run train:tagger to build it`, { cause: err });
  }
  const features = typeof file.features === "string" ? file.features.split("\n") : [];
  const weights = typeof file.weights === "string" ? fromBase64(file.weights) : new Int16Array();
  return fromStored({ ...file, features, weights }, `"${path}"`);
}

/** Writes a model gzipped; returns the size in bytes. Weights must fit 16-bit integers (they stay below 2,000 at scale 10). */
export function saveModelFile(stored: StoredModel, path: string = DEFAULT_MODEL_PATH): number {
  const outOfRange = Array.from(stored.weights).find((w) => Math.abs(w) > 32767);
  if (outOfRange !== undefined) throw new InvalidInputError(`tagger: weight ${outOfRange} does not fit the 16-bit file format; lower TAGGER_DEFAULTS.weightScale`);
  const file: ModelFile = { ...stored, features: stored.features.join("\n"), weights: toBase64(stored.weights) };
  const bytes = gzipSync(JSON.stringify(file), { level: 9 });
  writeFileSync(path, bytes);
  return bytes.length;
}
