/** The filtered-view GEXF: only shown items, viz color/size/position, the right viz namespace. */
import { XMLParser } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { fixVizNamespace, VIZ_NAMESPACE_1_2, writeViewGexf } from "../../client/src/export/gexf";
import { computeVisibility } from "../../client/src/filters/utils";
import { buildGraph, indexGraph } from "../../client/src/graph";
import { computeMapping } from "../../client/src/mapping";
import type { DisplayModel } from "../../client/src/render/display-model";
import { DEFAULT_SETTINGS } from "../../client/src/settings";
import { DEFAULT_FILTERS } from "../../client/src/state";
import { expectWellFormedXml } from "../helpers/well-formed-xml";

describe("writeViewGexf", () => {
  it("fixes graphology-gexf's malformed 1.2 viz namespace", () => {
    expect(fixVizNamespace('<gexf xmlns:viz="http:///www.gexf.net/1.1draft/viz">')).toBe(`<gexf xmlns:viz="${VIZ_NAMESPACE_1_2}">`);
  });

  it("writes the shown nodes with positions, colors and sizes", () => {
    const graph = buildGraph({
      attributes: { name: "t" },
      options: {},
      nodes: [
        { key: "a", attributes: { label: "A <b>", type: "person", mentions: 1, documents: 1, aliases: ["Mr A"], x: 1, y: 2 } },
        { key: "b", attributes: { label: "B", type: "country", mentions: 1, documents: 1, aliases: [], x: 3, y: 4 } },
        { key: "c", attributes: { label: "C", type: "organization", mentions: 1, documents: 1, aliases: [], x: 5, y: 6 } },
      ],
      edges: [{ source: "a", target: "b", attributes: { weight: 2, documents: 1, npmi: 0.5 } }],
    });
    const index = indexGraph(graph);
    const model: DisplayModel = {
      index,
      mapping: computeMapping(graph, index, DEFAULT_SETTINGS, { colorBy: "type", sizeBy: "degree" }, {}),
      visibility: computeVisibility(index, { ...DEFAULT_FILTERS, types: ["person", "country"] }),
      focus: null,
      focusNeighbors: new Set(),
      selected: null,
      evidenceWith: null,
      path: null,
    };
    const xml = writeViewGexf(graph, model, { settings: DEFAULT_SETTINGS, unitsPerPixel: 0.5 });
    expect(xml).toContain(`xmlns:viz="${VIZ_NAMESPACE_1_2}"`);
    const parsed = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "" }).parse(xml);
    const nodes = [parsed.gexf.graph.nodes.node].flat();
    expect(nodes.map((n: { label: string }) => n.label)).toEqual(["A <b>", "B"]);
    expect(nodes[0]["viz:position"]).toMatchObject({ x: "1", y: "2" });
    expect(nodes[0]["viz:color"]).toMatchObject({ r: "228", g: "87", b: "46" });
    expect(Number(nodes[0]["viz:size"].value)).toBeGreaterThan(0);
  });

  it("stays well-formed when a label or alias holds control characters or a lone surrogate", () => {
    const graph = buildGraph({
      attributes: { name: "t\u0001" },
      options: {},
      nodes: [{ key: "a", attributes: { label: "A\u0001\b\u000b", type: "person", mentions: 1, documents: 1, aliases: ["\ud800A"], x: 1, y: 2 } }],
      edges: [],
    });
    const index = indexGraph(graph);
    const model: DisplayModel = {
      index,
      mapping: computeMapping(graph, index, DEFAULT_SETTINGS, { colorBy: "type", sizeBy: "degree" }, {}),
      visibility: computeVisibility(index, DEFAULT_FILTERS),
      focus: null,
      focusNeighbors: new Set(),
      selected: null,
      evidenceWith: null,
      path: null,
    };
    const xml = writeViewGexf(graph, model, { settings: DEFAULT_SETTINGS, unitsPerPixel: 1 });
    expectWellFormedXml(xml, "view GEXF");
    expect(xml).toContain('label="A\ufffd\ufffd\ufffd"');
  });
});
