import { describe, expect, it } from "vitest";
import { buildCooccurrenceGraph, npmi } from "../../server/src/graph/index.js";
import type { EntityType, ExtractedDocument, Mention } from "../../server/src/types.js";

/** A tiny hand-made extraction: sentences split on ". ", entities given as [sentence, id] pairs. */
function doc(id: string, text: string, found: [number, string][], paragraphs?: number[]): ExtractedDocument {
  const sentences: ExtractedDocument["sentences"] = [];
  let start = 0;
  for (const [i, s] of text.split(/(?<=\.) /).entries()) {
    const at = text.indexOf(s, start);
    sentences.push({ start: at, end: at + s.length, paragraph: paragraphs?.[i] ?? i });
    start = at + s.length;
  }
  const entities: ExtractedDocument["entities"] = {};
  const mentions: Mention[] = found.map(([sentence, entity]) => {
    const [type, slug] = entity.split(":") as [EntityType, string];
    entities[entity] = { id: entity, type, label: slug, aliases: [slug] };
    const at = text.indexOf(slug, sentences[sentence].start);
    return { start: at, end: at + slug.length, text: slug, type, entity, sentence };
  });
  return { id, path: `${id}.txt`, text, sentences, mentions, entities };
}

const a = doc("a", "anna met bob. anna met bob again. cuba said nothing.", [
  [0, "person:anna"],
  [0, "person:bob"],
  [1, "person:anna"],
  [1, "person:bob"],
  [2, "country:cuba"],
]);
const b = doc("b", "bob visited cuba. anna stayed.", [
  [0, "person:bob"],
  [0, "country:cuba"],
  [1, "person:anna"],
]);

describe("buildCooccurrenceGraph", () => {
  const graph = buildCooccurrenceGraph([a, b]);

  it("makes one node per entity with mention and document counts", () => {
    expect(graph.order).toBe(3);
    expect(graph.getNodeAttributes("person:anna")).toMatchObject({ type: "person", mentions: 3, documents: 2 });
    expect(graph.getNodeAttributes("country:cuba")).toMatchObject({ type: "country", mentions: 2, documents: 2 });
  });

  it("weights an edge by the sentences the pair shares and keeps each as evidence", () => {
    const edge = graph.edge("person:anna", "person:bob")!;
    expect(graph.getEdgeAttributes(edge)).toMatchObject({ weight: 2, documents: 1 });
    expect(graph.getEdgeAttribute(edge, "evidence")).toEqual([
      { document: "a", sentence: 0, text: "anna met bob." },
      { document: "a", sentence: 1, text: "anna met bob again." },
    ]);
  });

  it("links only entities that share a sentence", () => {
    expect(graph.hasEdge("person:anna", "country:cuba")).toBe(false);
    expect(graph.getEdgeAttribute(graph.edge("person:bob", "country:cuba")!, "weight")).toBe(1);
    expect(graph.getAttribute("sentences")).toBe(5);
    expect(graph.getAttribute("documents")).toBe(2);
  });

  it("links entities of the same paragraph with window 'paragraph'", () => {
    const p = doc("p", "anna spoke. cuba listened. bob left.", [
      [0, "person:anna"],
      [1, "country:cuba"],
      [2, "person:bob"],
    ], [0, 0, 1]);
    const g = buildCooccurrenceGraph([p], { window: "paragraph" });
    expect(g.hasEdge("person:anna", "country:cuba")).toBe(true);
    expect(g.hasEdge("person:anna", "person:bob")).toBe(false);
    expect(g.getEdgeAttribute(g.edge("person:anna", "country:cuba")!, "evidence")![0].text).toBe("anna spoke. cuba listened.");
    expect(buildCooccurrenceGraph([p]).size).toBe(0);
  });
});

describe("npmi", () => {
  it("is 1 for pairs that always co-occur, 0 at chance, negative below", () => {
    expect(npmi(5, 5, 5, 10)).toBeCloseTo(1);
    expect(npmi(1, 2, 5, 10)).toBeCloseTo(0);
    expect(npmi(1, 5, 5, 10)).toBeLessThan(0);
    expect(npmi(10, 10, 10, 10)).toBe(1);
  });
});
