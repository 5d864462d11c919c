/** The filter pass over a small hand-made graph. */
import { describe, expect, it } from "vitest";
import { computeVisibility } from "../../client/src/filters/utils";
import { buildGraph, indexGraph } from "../../client/src/graph";
import { ALL_FILTERS, DEFAULT_FILTERS as DEFAULT_VIEW_FILTERS } from "../../client/src/state";

/** The pass with nothing but the filter under test: the whole graph. */
const DEFAULT_FILTERS = ALL_FILTERS;
import type { SerializedGraphPayload } from "../../server/src/types";

function entity(key: string, type: "person" | "country" | "organization", documents = 1) {
  return { key, attributes: { label: key, type, mentions: documents * 2, documents, aliases: [] } };
}
function edge(source: string, target: string, weight: number, npmi = 0) {
  return { source, target, attributes: { weight, documents: 1, npmi } };
}

// putin - xi (5), putin - russia (3), xi - china (1), nato alone.
const payload: SerializedGraphPayload = {
  attributes: { name: "test" },
  options: { type: "undirected" },
  nodes: [entity("putin", "person", 9), entity("xi", "person", 7), entity("russia", "country", 5), entity("china", "country", 3), entity("nato", "organization", 1)],
  edges: [edge("putin", "xi", 5, 0.4), edge("putin", "russia", 3, 0.05), edge("xi", "china", 1, -0.2)],
};
const index = indexGraph(buildGraph(payload));

describe("computeVisibility", () => {
  it("shows everything with the default filters", () => {
    const visibility = computeVisibility(index, DEFAULT_FILTERS);
    expect(visibility).toMatchObject({ shownNodes: 5, shownEdges: 3, totalNodes: 5, totalEdges: 3 });
    expect(visibility.hiddenNodes.size).toBe(0);
  });

  it("hides a type together with its edges", () => {
    const visibility = computeVisibility(index, { ...DEFAULT_FILTERS, types: ["person", "organization"] });
    expect([...visibility.hiddenNodes].sort()).toEqual(["china", "russia"]);
    expect(visibility.shownEdges).toBe(1);
  });

  it("hides edges lighter than the minimum weight, and nodes left isolated when asked", () => {
    const light = computeVisibility(index, { ...DEFAULT_FILTERS, minWeight: 3 });
    expect(light.shownEdges).toBe(2);
    expect(light.shownNodes).toBe(5);
    const isolated = computeVisibility(index, { ...DEFAULT_FILTERS, minWeight: 3, hideIsolated: true });
    expect([...isolated.hiddenNodes].sort()).toEqual(["china", "nato"]);
  });

  it("counts degree on shown edges for the minimum degree", () => {
    const visibility = computeVisibility(index, { ...DEFAULT_FILTERS, minDegree: 2 });
    expect([...visibility.hiddenNodes].sort()).toEqual(["china", "nato", "russia"]);
    // putin-xi survives: both ends have two shown edges.
    expect(visibility.shownEdges).toBe(1);
  });

  it("keeps only an ego network when given one", () => {
    const visibility = computeVisibility(index, DEFAULT_FILTERS, new Set(["putin", "xi", "russia"]));
    expect(visibility.shownNodes).toBe(3);
    expect(visibility.shownEdges).toBe(2);
  });

  it("keeps the top N entities by documents, and their edges among themselves", () => {
    const visibility = computeVisibility(index, { ...DEFAULT_FILTERS, topN: 3 });
    expect([...visibility.hiddenNodes].sort()).toEqual(["china", "nato"]);
    expect(visibility.shownEdges).toBe(2);
    expect(visibility.nodeShown[index.nodePosition.get("putin")!]).toBe(1);
  });

  it("takes the top N among the entities the other filters let through", () => {
    const visibility = computeVisibility(index, { ...DEFAULT_FILTERS, topN: 2, types: ["country", "organization"] });
    expect([...visibility.hiddenNodes].sort()).toEqual(["nato", "putin", "xi"]);
  });

  it("hides edges below the NPMI floor and entities with too few mentions", () => {
    const strong = computeVisibility(index, { ...DEFAULT_FILTERS, minNpmi: 0.1 });
    expect(strong.shownEdges).toBe(1);
    const mentioned = computeVisibility(index, { ...DEFAULT_FILTERS, minMentions: 11 });
    expect([...mentioned.hiddenNodes].sort()).toEqual(["china", "nato", "russia"]);
  });

  it("shows at most 300 entities and only associated edges by default", () => {
    expect(DEFAULT_VIEW_FILTERS).toMatchObject({ topN: 300, minNpmi: 0.1 });
    expect(computeVisibility(index, DEFAULT_VIEW_FILTERS).shownEdges).toBe(1);
  });
});
