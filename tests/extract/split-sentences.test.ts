import { describe, expect, it } from "vitest";
import { splitSentences } from "../../server/src/extract/split-sentences.js";

const pieces = (text: string): string[] => splitSentences(text).map((s) => text.slice(s.start, s.end));

describe("splitSentences", () => {
  it("does not split after U.S., Mr., Dec. or an initial", () => {
    expect(pieces("The U.S. said on Dec. 14 that Mr. Putin met Stephen J. Townsend. He left.")).toEqual([
      "The U.S. said on Dec. 14 that Mr. Putin met Stephen J. Townsend.",
      "He left.",
    ]);
  });
  it("ends a headline without a final stop at its line break", () => {
    expect(pieces("White House Urges China\nThe White House on Thursday urged China.")).toEqual([
      "White House Urges China",
      "The White House on Thursday urged China.",
    ]);
  });
  it("numbers paragraphs by blank lines", () => {
    const text = "One. Two.\n\nThree.\n\n\nFour";
    expect(splitSentences(text).map((s) => s.paragraph)).toEqual([0, 0, 1, 2]);
  });
  it("joins a line wrapped in the middle of a sentence", () => {
    expect(pieces("A sentence that was\nwrapped here. Next one.")).toEqual(["A sentence that was\nwrapped here.", "Next one."]);
  });
  it("splits after a question or exclamation inside quotes", () => {
    expect(pieces('"Why?" she asked. It worked!')).toEqual(['"Why?" she asked.', "It worked!"]);
  });
  it("returns trimmed, non-empty spans only", () => {
    const text = "  \n\nHello world.  \n\n  ";
    expect(pieces(text)).toEqual(["Hello world."]);
  });
});
