import { describe, expect, it } from "vitest";
import { taggerProposals, type TaggedSpan } from "../../../server/src/extract/tagger/index.js";

/** A tagged span over the first occurrence of `word` in `text`, as the tagger would give it. */
function taggedAt(text: string, word: string, type: TaggedSpan["type"] = "organization"): TaggedSpan {
  const start = text.indexOf(word);
  return { start, end: start + word.length, type, score: 0.9 };
}

describe("taggerProposals", () => {
  it("keeps a confident name no rule span overlaps", () => {
    const text = "It was taken over by Staedtler in 1978.";
    expect(taggerProposals(text, [taggedAt(text, "Staedtler")], [])).toEqual([{ start: 21, end: 30, type: "organization", score: 0.9 }]);
  });
  it("drops a single letter: 'Z happens after X' names no one; 'G7' does", () => {
    const text = "When Z happens after X, it is because of X.";
    expect(taggerProposals(text, [taggedAt(text, "Z"), taggedAt(text, "X")], [])).toEqual([]);
    const g7 = "Ministers of the G7 met.";
    expect(taggerProposals(g7, [taggedAt(g7, "G7")], []).map((p) => g7.slice(p.start, p.end))).toEqual(["G7"]);
  });
  it("drops the pieces of e-mail addresses, file names and web addresses", () => {
    const text = "Write to Stacey.Richardson@enron.com or open Lisa_resume.doc at http://Example.org/Photos today.";
    const tagged = [taggedAt(text, "Stacey.Richardson", "person"), taggedAt(text, "Lisa_resume.doc", "person"), taggedAt(text, "Example", "organization")];
    expect(taggerProposals(text, tagged, [])).toEqual([]);
  });
  it("keeps a name that only ends a sentence next to a stop or a bracket", () => {
    const text = "He joined (Staedtler).";
    expect(taggerProposals(text, [taggedAt(text, "Staedtler")], []).map((p) => text.slice(p.start, p.end))).toEqual(["Staedtler"]);
  });
  it("drops a street, which is neither a person nor an organization", () => {
    const text = "The office at 1400 Smith Street moved to Eclipse Avenue.";
    expect(taggerProposals(text, [taggedAt(text, "Smith Street", "person"), taggedAt(text, "Eclipse Avenue")], [])).toEqual([]);
    const abbreviated = "Dinner at 1500 Collins Ave. and then Main St.";
    expect(taggerProposals(abbreviated, [taggedAt(abbreviated, "Collins Ave"), taggedAt(abbreviated, "Main St")], [])).toEqual([]);
  });
});
