/** Evaluation on several domains: the loader of a single source folder, the four-set loader, the macro average, and one set scored three ways. */
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { loadDevSets, loadRe3d, macroAverage, scorePipeline, DatasetError, type ScoreReport } from "../../server/src/extract/evaluate/index.js";
import { formatMacro, scoreSets, type SetScores } from "../../server/src/cli/eval-command.js";

const FIXTURES = fileURLToPath(new URL("../fixtures", import.meta.url));
const MINI = fileURLToPath(new URL("../fixtures/ner-open-mini", import.meta.url));

describe("loading sets in re3d's layout", () => {
  it("reads a folder that is itself a source folder (the ner-open layout)", () => {
    const data = loadRe3d(MINI);
    expect(data.documents.map((d) => d.id)).toEqual(["mini-0000", "mini-0001"]);
    for (const a of data.annotations) expect(data.documents.find((d) => d.id === a.documentId)!.text.slice(a.begin, a.end)).toBe(a.value);
  });
  it("still reads a folder of source folders (re3d)", () => {
    const data = loadRe3d(`${FIXTURES}/re3d-dev`);
    expect(data.documents.length).toBeGreaterThan(50);
  });
  it("loads several sets by name from one root", () => {
    const sets = loadDevSets(FIXTURES, [
      { name: "re3d-dev", folder: "re3d-dev" },
      { name: "mini", folder: "ner-open-mini" },
    ]);
    expect(sets.map((s) => s.name)).toEqual(["re3d-dev", "mini"]);
    expect(sets[1].documents).toHaveLength(2);
  });
  it("says which set is missing", () => {
    expect(() => loadDevSets(FIXTURES, [{ name: "none", folder: "no-such-set" }])).toThrow(DatasetError);
  });
});

const report = (f1: number, precision: number): ScoreReport => {
  const s = { tp: 0, fp: 0, fn: 0, precision, recall: f1, f1 };
  return { scores: { person: s, country: s, organization: s, all: s }, documentsScored: 1, documentsGold: 1, missed: [], falsePositives: [] };
};

describe("macroAverage", () => {
  it("weighs each set once, averaging each set's own figures", () => {
    const m = macroAverage([report(0.6, 0.9), report(0.8, 0.7)]);
    expect(m.all.f1).toBeCloseTo(0.7);
    expect(m.person.precision).toBeCloseTo(0.8);
  });
  it("is zero for no sets rather than NaN", () => {
    expect(macroAverage([]).all.f1).toBe(0);
  });
});

describe("two sets scored three ways", () => {
  const sets = loadDevSets(FIXTURES, [
    { name: "re3d-dev", folder: "re3d-dev" },
    { name: "mini", folder: "ner-open-mini" },
  ]);
  let scored: SetScores[];
  beforeAll(async () => {
    scored = await scoreSets(sets, 2);
  }, 120_000);
  it("scores the pipeline (cross-validated), the rules alone and raw compromise on every annotated document", () => {
    expect(scored.map((s) => s.name)).toEqual(["re3d-dev", "mini"]);
    for (const [i, s] of scored.entries()) {
      for (const r of [s.entente, s.rules, s.compromise]) expect(r.documentsScored).toBe(sets[i].documents.length);
    }
  });
  it("reads the nationality label as optional and a city as no country", () => {
    const gold = scored[1].rules.scores.all.tp + scored[1].rules.scores.all.fn;
    expect(gold).toBe(6); // two organizations, two persons, Norway and Germany
  });
  it("gains recall on re3d with the tagger, even with a model that never saw the document", () => {
    expect(scored[0].entente.scores.all.recall).toBeGreaterThan(scored[0].rules.scores.all.recall);
  });
  it("prints the macro line over the sets", () => {
    expect(formatMacro(scored)).toMatch(/^macro average over 2 sets/);
  });
});

describe("the committed tagger on a set it was not trained on", () => {
  it("finds the made-up firms only with the tagger", () => {
    const [mini] = loadDevSets(FIXTURES, [{ name: "mini", folder: "ner-open-mini" }]);
    expect(scorePipeline(mini, { tagger: true }).scores.organization.recall).toBeGreaterThan(scorePipeline(mini, { tagger: false }).scores.organization.recall);
  });
});
