/** The filter pass over a small hand-made graph. */
import { describe, expect, it } from "vitest";
import { computeVisibility } from "../../client/src/filters/utils";
import { buildGraph, indexGraph } from "../../client/src/graph";
import { DEFAULT_FILTERS } from "../../client/src/state";
import type { SerializedGraphPayload } from "../../server/src/types";

function entity(key: string, type: "person" | "country" | "organization") {
  return { key, attributes: { label: key, type, mentions: 1, documents: 1, aliases: [] } };
}
function edge(source: string, target: string, weight: number) {
  return { source, target, attributes: { weight, documents: 1, npmi: 0 } };
}

// putin - xi (5), putin - russia (3), xi - china (1), nato alone.
const payload: SerializedGraphPayload = {
  attributes: { name: "test" },
  options: { type: "undirected" },
  nodes: [entity("putin", "person"), entity("xi", "person"), entity("russia", "country"), entity("china", "country"), entity("nato", "organization")],
  edges: [edge("putin", "xi", 5), edge("putin", "russia", 3), edge("xi", "china", 1)],
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
});
