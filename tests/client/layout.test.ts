/** Start positions: kept ones win, newcomers land near their neighbors, the rest on a seeded disc. */
import { describe, expect, it } from "vitest";
import { buildGraph } from "../../client/src/graph";
import { placeNodes } from "../../client/src/layout/positions";
import type { SerializedGraphPayload } from "../../server/src/types";

const node = (key: string) => ({ key, attributes: { label: key, type: "person" as const, mentions: 1, documents: 1, aliases: [] } });
const payload: SerializedGraphPayload = {
  attributes: { name: "t" },
  options: {},
  nodes: [node("a"), node("b"), node("new"), node("alone")],
  edges: [
    { source: "a", target: "new", attributes: { weight: 1, documents: 1, npmi: 0 } },
    { source: "b", target: "new", attributes: { weight: 1, documents: 1, npmi: 0 } },
  ],
};

describe("placeNodes", () => {
  it("keeps known positions and places a newcomer near its neighbors", () => {
    const graph = buildGraph(payload);
    const { positions, placed } = placeNodes(graph, { a: { x: 0, y: 0 }, b: { x: 100, y: 0 } }, 42);
    expect(positions.a).toEqual({ x: 0, y: 0 });
    expect(placed.sort()).toEqual(["alone", "new"]);
    expect(Math.hypot(positions.new.x - 50, positions.new.y)).toBeLessThan(10);
  });

  it("gives the same start to the same graph every time", () => {
    const first = placeNodes(buildGraph(payload), {}, 42).positions;
    const second = placeNodes(buildGraph(payload), {}, 42).positions;
    expect(second).toEqual(first);
  });
});
