/** Cross-validation of the pipeline with the tagger: folds that part the documents, and models that never see the documents they tag. */
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { assignFolds, crossValidate, loadDevSets, type GoldAnnotation } from "../../server/src/extract/evaluate/index.js";
import { trainingSentences } from "../../server/src/extract/tagger/index.js";

const FIXTURES = fileURLToPath(new URL("../fixtures", import.meta.url));

describe("assignFolds", () => {
  const docs = Array.from({ length: 23 }, (_, i) => ({ id: `d${i}`, path: `d${i}.txt`, text: "x" }));
  it("puts every document in exactly one fold, the folds differing in size by one at most", () => {
    const folds = assignFolds(docs, 5, 7);
    expect([...folds.keys()].sort()).toEqual(docs.map((d) => d.id).sort());
    const sizes = [0, 1, 2, 3, 4].map((f) => [...folds.values()].filter((x) => x === f).length);
    expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
  });
  it("is the same for the same seed, whatever the order of the documents, and differs for another seed", () => {
    expect([...assignFolds([...docs].reverse(), 5, 7)].sort()).toEqual([...assignFolds(docs, 5, 7)].sort());
    expect([...assignFolds(docs, 5, 8)].sort()).not.toEqual([...assignFolds(docs, 5, 7)].sort());
  });
});

describe("crossValidate", () => {
  const [re3d] = loadDevSets(FIXTURES, [{ name: "re3d-dev", folder: "re3d-dev" }]);
  const set = { ...re3d, documents: re3d.documents.slice(0, 12) };
  it("trains each fold's model on the other folds' documents only, and scores every document once", () => {
    const folds = assignFolds(set.documents, 3, 11);
    const trainedOn: number[] = [];
    const [report] = crossValidate([set], {}, { folds: 3, seed: 11, epochs: 2, onFold: (_, sentences) => trainedOn.push(sentences) });
    const expected = [0, 1, 2].map((f) => {
      const train = set.documents.filter((d) => folds.get(d.id) !== f);
      const ids = new Set(train.map((d) => d.id));
      return trainingSentences(train, set.annotations.filter((a: GoldAnnotation) => ids.has(a.documentId))).length;
    });
    expect(trainedOn).toEqual(expected);
    expect(report.documentsScored).toBe(12);
    expect(report.scores.all.tp).toBeGreaterThan(0);
  }, 60_000);
});
