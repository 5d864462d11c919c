/** Every export of the view reads one table: the GEXF and the GraphML of a view hold the same nodes with the same look. */
import { XMLParser } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { writeViewGexf } from "../../client/src/export/gexf";
import { viewTable } from "../../client/src/export/view-table";
import { computeVisibility } from "../../client/src/filters/utils";
import { buildGraph, indexGraph } from "../../client/src/graph";
import { computeMapping } from "../../client/src/mapping";
import type { DisplayModel } from "../../client/src/render/display-model";
import { DEFAULT_SETTINGS } from "../../client/src/settings";
import { DEFAULT_FILTERS } from "../../client/src/state";
import { writeGraphml, writeNodesCsv } from "../../server/src/formats";

function model(): { graph: ReturnType<typeof buildGraph>; model: DisplayModel } {
  const graph = buildGraph({
    attributes: { name: "t" },
    options: {},
    nodes: [
      { key: "a", attributes: { label: "A", type: "person", mentions: 3, documents: 2, aliases: ["Mr A"], x: 1, y: 2 } },
      { key: "b", attributes: { label: "B", type: "country", mentions: 1, documents: 1, aliases: [], x: 3, y: 4 } },
      { key: "c", attributes: { label: "C", type: "organization", mentions: 1, documents: 1, aliases: [], x: 5, y: 6 } },
    ],
    edges: [
      { source: "a", target: "b", attributes: { weight: 2, documents: 1, npmi: 0.5 } },
      { source: "b", target: "c", attributes: { weight: 1, documents: 1, npmi: 0.1 } },
    ],
  });
  const index = indexGraph(graph);
  return {
    graph,
    model: {
      index,
      mapping: computeMapping(graph, index, DEFAULT_SETTINGS, { colorBy: "type", sizeBy: "degree" }, {}),
      visibility: computeVisibility(index, { ...DEFAULT_FILTERS, types: ["person", "country"] }),
      focus: null,
      focusNeighbors: new Set(),
      selected: null,
      evidenceWith: null,
      path: null,
    },
  };
}

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "", isArray: (name, _p, _l, isAttribute) => !isAttribute && ["node", "edge", "data"].includes(name) });

describe("the view's table", () => {
  it("holds the shown nodes and the edges between them, with the size and color drawn", () => {
    const { graph, model: m } = model();
    const table = viewTable(graph, m, { settings: DEFAULT_SETTINGS, unitsPerPixel: 0.5 });
    const nodes = [...table.nodes];
    expect(nodes.map((n) => n.id)).toEqual(["a", "b"]);
    expect([...table.edges].map((e) => [e.source, e.target])).toEqual([["a", "b"]]);
    const a = m.index.nodePosition.get("a")!;
    expect(nodes[0].values).toMatchObject({ x: 1, y: 2, size: m.mapping.nodeSize[a] * 0.5, color: m.mapping.nodeColor[a] });
    expect(writeNodesCsv(table).next().value).toBe("id,label,type,mentions,documents,aliases,firstSeen,lastSeen,x,y,size,color\r\n");
  });

  it("gives the GEXF and the GraphML of the view the same nodes, positions and sizes", () => {
    const { graph, model: m } = model();
    const options = { settings: DEFAULT_SETTINGS, unitsPerPixel: 0.5 };
    const gexf = [parser.parse(writeViewGexf(graph, m, options)).gexf.graph.nodes.node].flat();
    const graphml = parser.parse([...writeGraphml(viewTable(graph, m, options))].join("")).graphml.graph.node;
    expect(graphml.map((n: { id: string }) => n.id)).toEqual(gexf.map((n: { id: string }) => n.id));
    for (const [i, node] of graphml.entries()) {
      const data = Object.fromEntries(node.data.map((d: { key: string; "#text": unknown }) => [d.key, d["#text"]]));
      expect([data.n_x, data.n_y]).toEqual([Number(gexf[i]["viz:position"].x), Number(gexf[i]["viz:position"].y)]);
      expect(data.n_size).toBeCloseTo(Number(gexf[i]["viz:size"].value));
    }
  });
});
