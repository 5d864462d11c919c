/** The visual mapping's pure parts, and the mapping of a small graph. */
import { describe, expect, it } from "vitest";
import { buildGraph, indexGraph } from "../../client/src/graph";
import { computeMapping, communityColor, rankCommunities, sqrtScale } from "../../client/src/mapping";
import { DEFAULT_SETTINGS } from "../../client/src/settings";
import type { SerializedGraphPayload } from "../../server/src/types";

describe("sqrtScale", () => {
  it("maps 0 to the minimum, the maximum to the maximum, on a square root in between", () => {
    const scale = sqrtScale(100, [2, 12]);
    expect(scale(0)).toBe(2);
    expect(scale(100)).toBe(12);
    expect(scale(25)).toBe(7);
    expect(scale(400)).toBe(12);
  });
});

describe("community colors", () => {
  it("gives the palette's first color to the largest community", () => {
    const { rank, sizes } = rankCommunities([7, 7, 7, 3, 3, 9]);
    expect(rank.get(7)).toBe(0);
    expect(rank.get(3)).toBe(1);
    expect(sizes).toEqual([3, 2, 1]);
    expect(communityColor(0, DEFAULT_SETTINGS)).toBe(DEFAULT_SETTINGS.communityPalette[0]);
    expect(communityColor(99, DEFAULT_SETTINGS)).toBe(DEFAULT_SETTINGS.otherCommunityColor);
  });
});

const node = (key: string, type: "person" | "country") => ({ key, attributes: { label: key, type, mentions: 1, documents: 1, aliases: [] } });
const edge = (source: string, target: string, weight: number) => ({ source, target, attributes: { weight, documents: 1, npmi: 0 } });
// Two triangles joined by one light edge: Louvain finds two communities.
const payload: SerializedGraphPayload = {
  attributes: { name: "two-triangles" },
  options: {},
  nodes: [node("a", "person"), node("b", "person"), node("c", "country"), node("d", "person"), node("e", "country"), node("f", "country")],
  edges: [edge("a", "b", 5), edge("b", "c", 5), edge("a", "c", 5), edge("d", "e", 5), edge("e", "f", 5), edge("d", "f", 5), edge("c", "d", 1)],
};

describe("computeMapping", () => {
  const graph = buildGraph(payload);
  const index = indexGraph(graph);

  it("colors by type with one legend row per type", () => {
    const mapping = computeMapping(graph, index, DEFAULT_SETTINGS, { colorBy: "type", sizeBy: "degree" }, {});
    expect(mapping.nodeColor[index.nodePosition.get("a")!]).toBe(DEFAULT_SETTINGS.typeColors.person);
    expect(mapping.colors.map(({ count }) => count)).toEqual([3, 3, 0]);
    expect(mapping.sizeDomain).toEqual([2, 3]);
  });

  it("colors by weighted Louvain community and sizes by PageRank", () => {
    const mapping = computeMapping(graph, index, DEFAULT_SETTINGS, { colorBy: "community", sizeBy: "pagerank" }, {});
    const color = (key: string) => mapping.nodeColor[index.nodePosition.get(key)!];
    expect(color("a")).toBe(color("b"));
    expect(color("d")).toBe(color("f"));
    expect(color("a")).not.toBe(color("d"));
    expect(mapping.colors).toHaveLength(2);
    // The bridge ends (c, d) have the highest PageRank, so the largest size.
    const size = (key: string) => mapping.nodeSize[index.nodePosition.get(key)!];
    expect(size("c")).toBeGreaterThan(size("a"));
  });
});
