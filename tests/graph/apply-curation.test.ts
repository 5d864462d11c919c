import { describe, expect, it } from "vitest";
import { applyCuration, buildCooccurrenceGraph, filterByDate } from "../../server/src/graph/index.js";
import type { EntityType, ExtractedDocument, Mention } from "../../server/src/types.js";

/** One document whose sentences are given as lists of [id, label] entities. */
function doc(id: string, sentences: [string, string][][], published?: string): ExtractedDocument {
  let text = "";
  const spans: ExtractedDocument["sentences"] = [];
  const mentions: Mention[] = [];
  const entities: ExtractedDocument["entities"] = {};
  sentences.forEach((names, i) => {
    const start = text.length;
    for (const [entity, label] of names) {
      const type = entity.split(":")[0] as EntityType;
      mentions.push({ start: text.length, end: text.length + label.length, text: label, type, entity, sentence: i });
      entities[entity] ??= { id: entity, type, label, aliases: [label] };
      text += label + " ";
    }
    text += "met. ";
    spans.push({ start, end: text.length - 1, paragraph: 0 });
  });
  return { id, path: id, text, sentences: spans, mentions, entities, published };
}

const putin: [string, string] = ["person:vladimir-putin", "Vladimir Putin"];
const mrPutin: [string, string] = ["person:putin", "Putin"];
const xi: [string, string] = ["person:xi-jinping", "Xi Jinping"];
const jordan: [string, string] = ["person:jordan", "Jordan"];
const jordanCountry: [string, string] = ["country:jordan", "Jordan"];
const corpus = [doc("a", [[putin, xi], [mrPutin, xi], [putin, mrPutin, xi]], "2022-09-15"), doc("b", [[jordan, xi], [jordanCountry, putin]], "2022-12-30")];

describe("applyCuration", () => {
  it("merges one entity into another: weights add up without counting a shared sentence twice", () => {
    const g = buildCooccurrenceGraph(applyCuration(corpus, [{ kind: "merge", entity: "person:putin", into: "person:vladimir-putin" }]));
    expect(g.hasNode("person:putin")).toBe(false);
    const edge = g.edge("person:vladimir-putin", "person:xi-jinping")!;
    expect(g.getEdgeAttribute(edge, "weight")).toBe(3);
    expect(g.getEdgeAttribute(edge, "evidence")).toHaveLength(3);
    expect(g.getNodeAttributes("person:vladimir-putin")).toMatchObject({ label: "Vladimir Putin", mentions: 5 });
    expect(g.getNodeAttribute("person:vladimir-putin", "aliases")).toEqual(expect.arrayContaining(["Putin", "Vladimir Putin"]));
  });

  it("renames an entity, keeping its id", () => {
    const g = buildCooccurrenceGraph(applyCuration(corpus, [{ kind: "rename", entity: "person:xi-jinping", label: "Xi Jinping (PRC)" }]));
    expect(g.getNodeAttribute("person:xi-jinping", "label")).toBe("Xi Jinping (PRC)");
  });

  it("retypes an entity, merging it with the entity of that type and name", () => {
    const g = buildCooccurrenceGraph(applyCuration(corpus, [{ kind: "retype", entity: "person:jordan", type: "country" }]));
    expect(g.hasNode("person:jordan")).toBe(false);
    expect(g.getNodeAttributes("country:jordan")).toMatchObject({ type: "country", mentions: 2 });
    expect(g.hasEdge("country:jordan", "person:xi-jinping")).toBe(true);
  });

  it("hides an entity and its edges", () => {
    const g = buildCooccurrenceGraph(applyCuration(corpus, [{ kind: "hide", entity: "person:xi-jinping" }]));
    expect(g.hasNode("person:xi-jinping")).toBe(false);
    expect(g.hasEdge("person:vladimir-putin", "person:putin")).toBe(true);
  });

  it("shows a hidden entity again after an unhide, whatever came between", () => {
    const g = buildCooccurrenceGraph(
      applyCuration(corpus, [
        { kind: "hide", entity: "person:xi-jinping" },
        { kind: "rename", entity: "person:putin", label: "V. Putin" },
        { kind: "unhide", entity: "person:xi-jinping" },
      ]),
    );
    expect(g.hasNode("person:xi-jinping")).toBe(true);
    expect(g.hasEdge("person:vladimir-putin", "person:xi-jinping")).toBe(true);
  });

  it("applies decisions in order and follows earlier merges", () => {
    const g = buildCooccurrenceGraph(
      applyCuration(corpus, [
        { kind: "merge", entity: "person:putin", into: "person:vladimir-putin" },
        { kind: "rename", entity: "person:putin", label: "V. Putin" },
      ]),
    );
    expect(g.getNodeAttribute("person:vladimir-putin", "label")).toBe("V. Putin");
  });

  it("does not change the documents it is given", () => {
    applyCuration(corpus, [{ kind: "hide", entity: "person:xi-jinping" }]);
    expect(corpus[0].mentions.some((m) => m.entity === "person:xi-jinping")).toBe(true);
  });
});

describe("dates", () => {
  it("gives nodes and edges their first and last date", () => {
    const g = buildCooccurrenceGraph(corpus);
    expect(g.getNodeAttributes("person:xi-jinping")).toMatchObject({ firstSeen: "2022-09-15", lastSeen: "2022-12-30" });
    expect(g.getEdgeAttributes(g.edge("person:jordan", "person:xi-jinping")!)).toMatchObject({ firstSeen: "2022-12-30", lastSeen: "2022-12-30" });
    expect(g.getAttributes()).toMatchObject({ firstSeen: "2022-09-15", lastSeen: "2022-12-30" });
  });

  it("filters documents to a date range, inclusive", () => {
    expect(filterByDate(corpus, { from: "2022-10-01" }).map((d) => d.id)).toEqual(["b"]);
    expect(filterByDate(corpus, { to: "2022-09-15" }).map((d) => d.id)).toEqual(["a"]);
    expect(filterByDate(corpus, {}).length).toBe(2);
  });

  it("keeps undated documents in a date range unless told to exclude them", () => {
    const withUndated = [...corpus, doc("c", [[xi]])];
    expect(filterByDate(withUndated, { from: "2000-01-01" }).map((d) => d.id)).toEqual(["a", "b", "c"]);
    expect(filterByDate(withUndated, { from: "2022-10-01", undated: "include" }).map((d) => d.id)).toEqual(["b", "c"]);
    expect(filterByDate(withUndated, { from: "2000-01-01", undated: "exclude" }).map((d) => d.id)).toEqual(["a", "b"]);
    expect(filterByDate(withUndated, { undated: "exclude" }).map((d) => d.id)).toEqual(["a", "b"]);
  });
});
