import { describe, expect, it } from "vitest";
import { extractCorpus, resolveCorpus, type ResolvableDocument, type Span } from "../../server/src/extract/index.js";

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

describe("names only the tagger typed, across a corpus", () => {
  const span = (text: string, word: string, kind: Span["kind"], extra: Partial<Span> = {}): Span => {
    const start = text.indexOf(word);
    return { start, end: start + word.length, kind, label: word, sentence: 0, ...extra };
  };
  const stored = (id: string, text: string, spans: Span[]): ResolvableDocument => ({ id, path: `${id}.txt`, text, sentences: [{ start: 0, end: text.length, paragraph: 0 }], mentions: [], entities: {}, spans });
  const a = "Critics praised the film Aviator.";
  const b = "Aviator took four awards.";
  const c = "Aviator sold its stake.";
  it("drops a one-word name the tagger typed where another document calls it a thing, and keeps a rule's", () => {
    const out = resolveCorpus([
      stored("a", a, [span(a, "Aviator", "organization", { thing: true })]),
      stored("b", b, [span(b, "Aviator", "organization", { proposed: true })]),
      stored("c", c, [span(c, "Aviator", "organization")]),
    ]);
    expect(labels(out[1])).toEqual([]);
    expect(labels(out[2])).toEqual(["Aviator"]);
  });
  it("does not let a one-word name the tagger typed in one document type the bare word in others", () => {
    const typedByTagger = resolveCorpus([stored("b", b, [span(b, "Aviator", "organization", { proposed: true })]), stored("c", c, [span(c, "Aviator", "unknown")])]);
    expect(labels(typedByTagger[1])).toEqual([]);
    const typedByRule = resolveCorpus([stored("b", b, [span(b, "Aviator", "organization")]), stored("c", c, [span(c, "Aviator", "unknown")])]);
    expect(labels(typedByRule[1])).toEqual(["Aviator"]);
  });
});
