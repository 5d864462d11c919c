/** The learned tagger: tokens with offsets, features, BIO decoding, the committed model, and what it adds to the rules. */
import { describe, expect, it } from "vitest";
import { allowedAfter, bioSpans, fromStored, isTitledSentence, loadModelFile, MODEL_FORMAT, sentenceFeatures, tagSpans, tagWithModel, TAGGER_DEFAULTS, tokenize, viterbi, wordShape } from "../../server/src/extract/tagger/index.js";
import { extractDocument, splitSentences } from "../../server/src/extract/index.js";
import { InvalidInputError } from "../../server/src/errors.js";

const LABELS = TAGGER_DEFAULTS.labels;
const L = (label: string): number => (LABELS as readonly string[]).indexOf(label);

describe("tokenize", () => {
  it("keeps offsets that map each token back to the text", () => {
    const text = "  Putin's U.S. trip: J. Smith met O'Brien.";
    for (const t of tokenize(text)) expect(text.slice(t.start, t.end)).toBe(t.text);
  });
  it("splits a possessive off a name but keeps abbreviations, initials and inner hyphens whole", () => {
    expect(tokenize("Putin's U.S. envoy J. Smith met Al-Qaeda.").map((t) => t.text)).toEqual(["Putin", "'s", "U.S.", "envoy", "J.", "Smith", "met", "Al-Qaeda", "."]);
  });
  it("tokenizes only the given range, with offsets into the whole text", () => {
    const text = "First one. Second one.";
    expect(tokenize(text, 11, 22)[0]).toEqual({ text: "Second", start: 11, end: 17 });
  });
});

describe("features", () => {
  it("gives capitalized words, acronyms, dotted abbreviations and numbers their shapes", () => {
    expect(["Putin", "NATO", "U.S.", "2014", "al-Assad", "mp3"].map(wordShape)).toEqual(["Xx", "X", "X.X.", "d", "x-Xx", "xd"]);
  });
  it("marks the sentence opener, the neighbours and a country the gazetteer knows", () => {
    const features = sentenceFeatures(tokenize("Officials in France said"));
    expect(features[0]).toContain("first");
    expect(features[1]).not.toContain("first");
    expect(features[2]).toEqual(expect.arrayContaining(["w=france", "w-1=in", "w+1=said", "country=B", "s=Xx"]));
    expect(features[1]).toContain("country+1");
  });
  it("marks every token of a titled or shouted line by its shape, and no token of an ordinary sentence", () => {
    const titled = sentenceFeatures(tokenize("Great Family Fun At Acme Holdings"));
    expect(titled.every((f) => f.includes("titled-s=Xx"))).toBe(true);
    expect(sentenceFeatures(tokenize("CALL US NOW"))[2]).toContain("titled-s=X");
    expect(sentenceFeatures(tokenize("Officials from Acme Holdings met Jane Smith today")).flat().filter((f) => f.startsWith("titled"))).toEqual([]);
  });
  it("needs three words for a titled line: a two-word heading is no headline", () => {
    expect(isTitledSentence(["Acme", "Holdings"])).toBe(false);
    expect(isTitledSentence(["Acme", "Holdings", "Sold", "."])).toBe(true);
    expect(isTitledSentence(["Acme", "Holdings", "was", "sold"])).toBe(false);
  });
  it("reads compromise's word list for given names", () => {
    expect(sentenceFeatures(tokenize("John left"))[0]).toContain("lex=given");
  });
});

describe("decoding", () => {
  it("never lets an I- label open a sentence or follow another type", () => {
    expect(allowedAfter(LABELS, undefined, L("I-ORG"))).toBe(false);
    expect(allowedAfter(LABELS, L("B-PER"), L("I-ORG"))).toBe(false);
    expect(allowedAfter(LABELS, L("O"), L("I-ORG"))).toBe(false);
    expect(allowedAfter(LABELS, L("B-ORG"), L("I-ORG"))).toBe(true);
  });
  it("picks the best sequence allowed, even when one token prefers a label it may not take", () => {
    const n = LABELS.length;
    const emit = new Float32Array(2 * n);
    emit[L("I-ORG")] = 5; // the first token alone would be I-ORG, which may not open a sentence
    emit[L("B-ORG")] = 1;
    emit[n + L("I-ORG")] = 3;
    const decoded = viterbi(LABELS, emit, new Float32Array((n + 1) * n), 2);
    expect(decoded.labels).toEqual([L("B-ORG"), L("I-ORG")]);
    expect(bioSpans(LABELS, decoded.labels)).toEqual([{ first: 0, last: 1, type: "ORG" }]);
    for (const c of decoded.confidence) expect(c).toBeGreaterThan(0);
  });
  it("tags with a hand-made model: a known word after 'of' is an organization", () => {
    const n = LABELS.length;
    const row = (label: string, w: number): number[] => LABELS.map((l) => (l === label ? w : 0));
    const model = fromStored({
      format: MODEL_FORMAT,
      labels: [...LABELS],
      scale: 1,
      trainedOn: [],
      features: ["w=acme", "w-1=acme"],
      weights: [...row("B-ORG", 4), ...row("I-ORG", 3)],
      transitions: new Array((n + 1) * n).fill(0),
    });
    const text = "Shares of Acme Holdings rose.";
    expect(tagWithModel(model, text, [{ start: 0, end: text.length }]).map((s) => [text.slice(s.start, s.end), s.type])).toEqual([["Acme Holdings", "organization"]]);
  });
  it("refuses a model of another format, with the kind of the shared hierarchy", () => {
    expect(() => fromStored({ format: "other" as typeof MODEL_FORMAT, labels: [], scale: 1, trainedOn: [], features: [], weights: [], transitions: [] })).toThrow(InvalidInputError);
  });
});

describe("the committed model", () => {
  it("loads in well under a second", () => {
    const t0 = performance.now();
    const model = loadModelFile();
    expect(performance.now() - t0).toBeLessThan(1000);
    expect(model.index.size).toBeGreaterThan(1000);
  });
  it("tags the same text the same way every time", () => {
    const text = "Tamsin Ardleigh, who runs Talmor Logistics, flew to Norway on Monday.\nShe met officials there.";
    const first = tagSpans(text, splitSentences(text));
    expect(first.length).toBeGreaterThan(0);
    expect(tagSpans(text, splitSentences(text))).toEqual(first);
    for (const s of first) expect(s.score).toBeGreaterThan(0);
  });
  it("finds a person and an organization it never saw, in clear contexts", () => {
    const text = "Tamsin Ardleigh, who runs Talmor Logistics, flew to Norway on Monday.";
    const found = tagSpans(text, splitSentences(text)).map((s) => `${s.type}:${text.slice(s.start, s.end)}`);
    expect(found).toEqual(expect.arrayContaining(["person:Tamsin Ardleigh", "organization:Talmor Logistics", "location:Norway"]));
  });
});

describe("the tagger option of the pipeline", () => {
  const doc = { id: "t", path: "t.txt", text: "She joined Talmor Logistics as a data engineer in 2019." };
  it("is on by default, and the rules alone miss the unknown firm", () => {
    expect(extractDocument(doc, { tagger: false }).mentions.map((m) => m.text)).not.toContain("Talmor Logistics");
    expect(extractDocument(doc).mentions.map((m) => `${m.type}:${m.text}`)).toContain("organization:Talmor Logistics");
  });
  it("proposes the organization the rules miss", () => {
    const mentions = extractDocument(doc, { tagger: true }).mentions;
    expect(mentions.map((m) => `${m.type}:${m.text}`)).toContain("organization:Talmor Logistics");
  });
  it("leaves what the rules found to the rules", () => {
    const text = "President Vladimir Putin met officials of the Ministry of Defence in Russia.";
    const plain = extractDocument({ id: "t", path: "t.txt", text }, { tagger: false }).mentions;
    const tagged = extractDocument({ id: "t", path: "t.txt", text }, { tagger: true }).mentions;
    for (const m of plain) expect(tagged).toContainEqual(m);
  });
  it("drops a place that is no country", () => {
    const text = "He works for a haulage firm based in Leeds.";
    expect(extractDocument({ id: "t", path: "t.txt", text }, { tagger: true }).mentions.map((m) => m.text)).not.toContain("Leeds");
  });
});
