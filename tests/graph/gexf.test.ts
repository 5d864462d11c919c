import Graph from "graphology";
import { parse } from "graphology-gexf";
import { XMLValidator } from "fast-xml-parser";
import { beforeAll, describe, expect, it } from "vitest";
import { writeGexf, type EntityGraph } from "../../server/src/graph/index.js";
import { buildGraphFromInputs } from "../../server/src/pipeline.js";
import { expectWellFormedXml } from "../helpers/well-formed-xml.js";

let graph: EntityGraph;
beforeAll(async () => {
  graph = (await buildGraphFromInputs(["seeds"])).graph;
});

describe("writeGexf", () => {
  it("writes well-formed GEXF 1.2draft with the right viz namespace and a meta block", () => {
    const xml = writeGexf(graph, { inputs: ["seeds"] });
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(xml).toContain('xmlns="http://www.gexf.net/1.2draft"');
    expect(xml).toContain('xmlns:viz="http://www.gexf.net/1.2draft/viz"');
    expect(xml).not.toContain("1.1draft");
    expect(xml).toMatch(/<creator>entente<\/creator>/);
    expect(xml).toMatch(/<description>[^<]*inputs: seeds<\/description>/);
  });

  it("reads back through graphology-gexf with the same nodes, edges and attributes", () => {
    const back = parse(Graph, writeGexf(graph));
    expect(back.order).toBe(graph.order);
    expect(back.size).toBe(graph.size);
    graph.forEachNode((id, a) => {
      expect(back.getNodeAttributes(id)).toMatchObject({ label: a.label, type: a.type, mentions: a.mentions, documents: a.documents });
    });
    graph.forEachEdge((_key, a, source, target) => {
      expect(back.hasEdge(source, target) || back.hasEdge(target, source)).toBe(true);
      const edge = back.edge(source, target) ?? back.edge(target, source);
      expect(back.getEdgeAttribute(edge, "weight")).toBe(a.weight);
    });
  });

  it("writes GEXF 1.3 on request, with viz positions when the graph has them", () => {
    const laidOut = graph.copy();
    laidOut.forEachNode((id) => laidOut.mergeNodeAttributes(id, { x: 1.5, y: -2, size: 4, color: "#ff0000" }));
    const xml = writeGexf(laidOut, { version: "1.3" });
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(xml).toContain('<gexf version="1.3"');
    expect(xml).toContain('xmlns:viz="http://gexf.net/1.3/viz"');
    expect(xml).toMatch(/<viz:position x="1.5" y="-2"/);
    const back = parse(Graph, xml);
    expect(back.getNodeAttribute("person:vladimir-putin", "x")).toBe(1.5);
  });

  it("rejects an unknown version", () => {
    expect(() => writeGexf(graph, { version: "2.0" as "1.2" })).toThrow(/version/);
  });
});

describe("writeGexf and characters XML forbids", () => {
  it("writes a well-formed file, 1.2 and 1.3, for labels, aliases and inputs with control characters and a lone surrogate", () => {
    const dirty = graph.copy() as EntityGraph;
    const id = dirty.nodes()[0];
    dirty.mergeNodeAttributes(id, { label: "Vladimir\u0001 Putin\b\u000b", aliases: ["Putin\u0000", "\ud800Vova"] });
    for (const version of ["1.2", "1.3"] as const) {
      const xml = writeGexf(dirty, { version, inputs: ["seeds\u0007"] });
      expectWellFormedXml(xml, `GEXF ${version}`);
      expect(xml).toContain("Vladimir\ufffd Putin\ufffd\ufffd");
    }
  });
});
