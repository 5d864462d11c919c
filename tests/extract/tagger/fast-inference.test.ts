/** Tagging reads features as model rows; training reads them as strings: both must give the same sums, labels and spans. */
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import {
  emissions,
  fromStored,
  lowercaseWords,
  MODEL_FORMAT,
  rowEmissions,
  sentenceFeatures,
  sentenceRows,
  taggerModel,
  TAGGER_DEFAULTS,
  tokenize,
  viterbi,
  wordShape,
  type TaggerModel,
  type Token,
} from "../../../server/src/extract/tagger/index.js";
import { splitSentences } from "../../../server/src/extract/index.js";
import { loadRe3d } from "../../../server/src/extract/evaluate/index.js";

const RE3D = fileURLToPath(new URL("../../fixtures/re3d-dev", import.meta.url));

/** Real sentences (re3d's press releases), then the corners: accents, quotes opening a sentence, country runs, a "|" of its own, titled lines. */
const DOCUMENTS = [
  ...loadRe3d(RE3D).documents.slice(0, 12).map((d) => d.text),
  "“Éire’s Taoiseach”, said José Núñez in São Paulo, met the U.S. envoy on 12 May 2014.\n'The talks', he said, 'went well.'",
  "The Democratic Republic of the Congo and the United Kingdom signed. THE UNITED STATES AND United States officials | Congo | Chad.",
  "The bank said the Bank of England would wait; the party and the Labour Party agreed. O'Brien's al-Assad remarks 😀 ٣٤.",
  "Great Family Fun At Acme Holdings This Weekend\nATTENTION ALL RETAIL STORES: CALL NOW.",
];

interface Sentence {
  tokens: Token[];
  lowercase: ReadonlySet<string>;
}

function sentencesOf(texts: readonly string[]): Sentence[] {
  return texts.flatMap((text) => {
    const perSentence = splitSentences(text).map((s) => tokenize(text, s.start, s.end));
    const lowercase = lowercaseWords(perSentence.flat());
    return perSentence.filter((tokens) => tokens.length > 0).map((tokens) => ({ tokens, lowercase }));
  });
}

const SENTENCES = sentencesOf(DOCUMENTS);

/** The rows the string features name, in their order, without the ones the model lacks. */
const rowsOfStrings = (model: TaggerModel, features: string[][]): number[][] => features.map((fs) => fs.flatMap((f) => model.index.get(f) ?? []));

function rowsPerToken(model: TaggerModel, s: Sentence): number[][] {
  const { rows, starts } = sentenceRows(model, s.tokens, s.lowercase);
  return s.tokens.map((_, i) => Array.from(rows.subarray(starts[i], starts[i + 1])));
}

/** A model that knows every feature of the sentences, with weights of every sign, so a feature missing from the rows shows. */
function modelOfEveryFeature(sentences: readonly Sentence[]): TaggerModel {
  const features = [...new Set(sentences.flatMap((s) => sentenceFeatures(s.tokens, s.lowercase).flat()))].sort();
  const n = TAGGER_DEFAULTS.labels.length;
  const weights = Array.from({ length: features.length * n }, (_, k) => ((k * 7919) % 41) - 20);
  const transitions = Array.from({ length: (n + 1) * n }, (_, k) => ((k * 31) % 13) - 6);
  return fromStored({ format: MODEL_FORMAT, labels: [...TAGGER_DEFAULTS.labels], scale: 10, trainedOn: [], features, weights, transitions });
}

describe("tagging's feature rows", () => {
  it("are the rows of training's feature strings, in the same order, for the committed model", () => {
    const model = taggerModel();
    expect(SENTENCES.length).toBeGreaterThan(50);
    for (const s of SENTENCES) expect(rowsPerToken(model, s)).toEqual(rowsOfStrings(model, sentenceFeatures(s.tokens, s.lowercase)));
  });

  it("name every feature string, for a model that knows them all", () => {
    const model = modelOfEveryFeature(SENTENCES);
    for (const s of SENTENCES) {
      const strings = sentenceFeatures(s.tokens, s.lowercase);
      expect(rowsPerToken(model, s)).toEqual(strings.map((fs) => fs.map((f) => model.index.get(f)!)));
    }
  });

  it("give exactly the emissions, labels and confidences of the strings", () => {
    for (const model of [taggerModel(), modelOfEveryFeature(SENTENCES)]) {
      for (const s of SENTENCES) {
        const fast = rowEmissions(model, sentenceRows(model, s.tokens, s.lowercase));
        const slow = emissions(model, sentenceFeatures(s.tokens, s.lowercase));
        expect(Array.from(fast)).toEqual(Array.from(slow));
        const n = s.tokens.length;
        expect(viterbi(model.labels, fast, model.transitions, n)).toEqual(viterbi(model.labels, slow, model.transitions, n));
      }
    }
  });

  it("stay the same when a sentence is tagged again, from the remembered rows", () => {
    const model = taggerModel();
    const [s] = SENTENCES;
    expect(rowsPerToken(model, s)).toEqual(rowsPerToken(model, s));
  });
});

describe("word shapes", () => {
  /** The definition by Unicode classes, character by character, that the ASCII path must agree with. */
  const byRegex = (word: string): string => {
    let shape = "";
    for (const ch of word) {
      const c = /\p{Lu}/u.test(ch) ? "X" : /\p{Ll}/u.test(ch) ? "x" : /\p{N}/u.test(ch) ? "d" : ch;
      if (!shape.endsWith(c) || !"Xxd".includes(c)) shape += c;
    }
    return shape;
  };
  it("agree with the Unicode classes on ASCII, accents, other scripts' digits and emoji", () => {
    const words = ["Putin", "U.S.", "mp3", "al-Assad", "Éire", "NÚÑEZ", "São", "٣٤", "😀😀", "x😀x", "Xx", "d", "|", "'s", "Ⅻ", "ǅemal"];
    for (const w of words) expect(wordShape(w)).toBe(byRegex(w));
  });
});
