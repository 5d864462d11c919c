/** Duplicate suggestions: surname, acronym, folded label and type clashes, and what is not a duplicate. */
import { describe, expect, it } from "vitest";
import { acronymOf, findDuplicates, foldLabel, type Candidate } from "../../client/src/curation/duplicates";

let next = 0;
function entity(label: string, type: Candidate["type"], mentions = 1): Candidate {
  return { id: `${type}:${next++}`, label, type, mentions };
}

describe("findDuplicates", () => {
  it("pairs a bare surname and an initial with the full name, keeping the better-known one", () => {
    const full = entity("Vladimir Putin", "person", 40);
    const bare = entity("Putin", "person", 12);
    const initial = entity("V. Putin", "person", 2);
    const suggestions = findDuplicates([full, bare, initial], 10);
    expect(suggestions.map((s) => [s.from.label, s.into.label, s.reason])).toEqual([
      ["Putin", "Vladimir Putin", "surname"],
      ["V. Putin", "Vladimir Putin", "surname"],
      ["V. Putin", "Putin", "surname"],
    ]);
  });

  it("does not pair two people who only share a surname", () => {
    expect(findDuplicates([entity("Boris Johnson", "person", 9), entity("Stanley Johnson", "person", 3)], 10)).toEqual([]);
    expect(findDuplicates([entity("Lin Yan", "person", 2), entity("Li Yan", "person", 1)], 10)).toEqual([]);
  });

  it("pairs an acronym with its long form", () => {
    const long = entity("Shanghai Cooperation Organization", "organization", 5);
    const short = entity("SCO", "organization", 9);
    const [suggestion] = findDuplicates([long, short], 10);
    expect(suggestion).toMatchObject({ from: long, into: short, reason: "acronym" });
    expect(acronymOf("Organization of the Petroleum Exporting Countries")).toBe("OPEC");
  });

  it("pairs labels equal once folded, and one label under two types", () => {
    expect(foldLabel("Al-Qaeda")).toBe(foldLabel("al Qaeda"));
    const [folded] = findDuplicates([entity("Al-Qaeda", "organization", 3), entity("al Qaeda", "organization", 1)], 10);
    expect(folded.reason).toBe("folded");
    const [typed] = findDuplicates([entity("Georgia", "country", 8), entity("Georgia", "person", 1)], 10);
    expect(typed).toMatchObject({ reason: "type", into: { type: "country" } });
  });
});
