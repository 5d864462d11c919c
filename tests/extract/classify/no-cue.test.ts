import { describe, expect, it } from "vitest";
import { headlineWord, unknownName } from "../../../server/src/extract/classify/rules/no-cue.js";
import { decidedBy } from "./helpers.js";

describe("no-cue", () => {
  it("headline-word: drops capitalized words of a title-case line", () => {
    expect(decidedBy(headlineWord.example, headlineWord.id).length).toBeGreaterThan(0);
    expect(decidedBy(headlineWord.example, headlineWord.id).every((d) => d === "[]")).toBe(true);
  });
  it("headline-word: leaves the same words in a sentence", () => {
    expect(decidedBy("Oil prices climb as Acme Quorb waits.", headlineWord.id)).toEqual([]);
  });
  it("unknown: keeps a name with no cue as unknown, for resolution", () => {
    expect(decidedBy(unknownName.example, unknownName.id)).toEqual(["unknown:Acme Quorb"]);
  });
  it("unknown: leaves a name another rule typed", () => {
    expect(decidedBy("The deal went to Google on Friday.", unknownName.id)).toEqual([]);
  });
});
