import { describe, expect, it } from "vitest";
import { extractCorpus } from "../../server/src/extract/index.js";

const doc = (id: string, text: string) => ({ id, path: `${id}.txt`, text });
const labels = (d: { entities: Record<string, { label: string }> }) => Object.values(d.entities).map((e) => e.label).sort();

describe("things across a corpus", () => {
  it("drops a work's title everywhere once one document calls it a work", () => {
    const out = extractCorpus([doc("a", "Imelda Staunton stars in the film Vera Drake."), doc("b", "Vera Drake won three awards, Mike Leigh said.")]);
    expect(labels(out[1])).toEqual(["Mike Leigh"]);
  });
  it("drops a product defined by its acronym once the acronym is read as a product", () => {
    const out = extractCorpus([doc("a", "Sony said the PlayStation Portable (PSP) would sell well."), doc("b", "Sony cut the price of the PSP console.")]);
    expect(labels(out[0])).toEqual(["Sony"]);
  });
  it("keeps one-word titles elsewhere: a film named Ray does not remove every Ray", () => {
    const out = extractCorpus([doc("a", "Jamie Foxx starred in the film Ray."), doc("b", "Ray said hello to Tom Cruise."), doc("c", "Ray Wilson joined the board.")]);
    expect(out[1].mentions.map((m) => m.text)).toContain("Ray");
  });
});
