/** The GraphML and CSV writers on a small hand-made graph: structure, typed keys, escaping, RFC 4180 quoting. */
import Graph from "graphology";
import { XMLParser } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { parseCsv } from "../../client/src/table/utils";
import { csvField, entityTable, writeEdgesCsv, writeGraphml, writeNodesCsv } from "../../server/src/formats/index.js";
import type { EdgeAttributes, EntityAttributes, GraphAttributes } from "../../server/src/types.js";
import { expectWellFormedXml } from "../helpers/well-formed-xml.js";

function smallGraph() {
  const graph = new Graph<EntityAttributes, EdgeAttributes, GraphAttributes>({ type: "undirected" });
  graph.addNode("person:vladimir-putin", { label: "Vladimir Putin", type: "person", mentions: 12, documents: 4, aliases: ["Putin", "Mr. Putin"], firstSeen: "2022-02-04" });
  graph.addNode("organization:at-t", { label: 'AT&T <"Ma Bell">\u0001', type: "organization", mentions: 2, documents: 1, aliases: ["AT,T", "line\nbreak"] });
  graph.addNode("country:china", { label: "China", type: "country", mentions: 9, documents: 5, aliases: [] });
  graph.addEdgeWithKey("e1", "person:vladimir-putin", "country:china", { weight: 5, documents: 3, npmi: 0.412345678 });
  graph.addEdgeWithKey("e2", "organization:at-t", "country:china", { weight: 1, documents: 1, npmi: -0.25 });
  return graph;
}

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "", isArray: (name, _path, _leaf, isAttribute) => !isAttribute && ["key", "node", "edge", "data"].includes(name) });
const dataOf = (element: { data?: { key: string; "#text": unknown }[] }) => Object.fromEntries((element.data ?? []).map((d) => [d.key, d["#text"]]));

describe("writeGraphml", () => {
  const graph = smallGraph();
  const xml = [...writeGraphml(entityTable(graph, { description: "three entities" }))].join("");

  it("writes well-formed XML 1.0 with a control character in a label replaced", () => {
    expectWellFormedXml(xml, "graphml");
    expect(xml).toContain("AT&amp;T &lt;&quot;Ma Bell&quot;&gt;\ufffd");
  });

  it("declares a typed key per attribute, apart for nodes and edges, and an undirected graph", () => {
    const doc = parser.parse(xml).graphml;
    const keys = Object.fromEntries(doc.key.map((k: Record<string, string>) => [k.id, k]));
    expect(keys.n_mentions).toMatchObject({ for: "node", "attr.name": "mentions", "attr.type": "int" });
    expect(keys.n_documents).toMatchObject({ for: "node", "attr.name": "documents" });
    expect(keys.e_documents).toMatchObject({ for: "edge", "attr.name": "documents" });
    expect(keys.e_npmi).toMatchObject({ "attr.type": "double" });
    expect(doc.graph.edgedefault).toBe("undirected");
  });

  it("writes every node and edge with its attributes, and leaves absent values out", () => {
    const { graph: g } = parser.parse(xml).graphml;
    expect(g.node.map((n: { id: string }) => n.id)).toEqual(graph.nodes());
    const putin = dataOf(g.node[0]);
    expect(putin).toMatchObject({ n_label: "Vladimir Putin", n_type: "person", n_mentions: 12, n_documents: 4, n_aliases: "Putin; Mr. Putin", n_firstSeen: "2022-02-04" });
    expect(putin).not.toHaveProperty("n_lastSeen");
    expect(g.edge.map((e: Record<string, string>) => [e.id, e.source, e.target])).toEqual([
      ["e1", "person:vladimir-putin", "country:china"],
      ["e2", "organization:at-t", "country:china"],
    ]);
    expect(dataOf(g.edge[0])).toMatchObject({ e_weight: 5, e_documents: 3, e_npmi: 0.4123 });
  });

  it("keeps only the nodes and edges of a view, with their look", () => {
    const view = entityTable(graph, {
      includeNode: (node) => node !== "organization:at-t",
      nodeDisplay: () => ({ x: 1.5, y: -2, size: 8, color: "#3366cc" }),
      edgeDisplay: () => ({ color: "#cccccc", thickness: 2 }),
    });
    const { graph: g } = parser.parse([...writeGraphml(view)].join("")).graphml;
    expect(g.node).toHaveLength(2);
    expect(g.edge).toHaveLength(1);
    expect(dataOf(g.node[0])).toMatchObject({ n_x: 1.5, n_y: -2, n_size: 8, n_color: "#3366cc" });
    expect(dataOf(g.edge[0])).toMatchObject({ e_color: "#cccccc", e_thickness: 2 });
  });
});

describe("CSV of nodes and edges", () => {
  const graph = smallGraph();

  it("quotes fields with commas, quotes, line breaks or edge spaces, and doubles quotes (RFC 4180)", () => {
    expect(csvField("plain")).toBe("plain");
    expect(csvField('say "hi", then\nleave')).toBe('"say ""hi"", then\nleave"');
    expect(csvField(" padded")).toBe('" padded"');
    expect(csvField(undefined)).toBe("");
    expect(csvField(-0.25)).toBe("-0.25");
  });

  it("writes one row per node under a header, CRLF line ends, that reads back field for field", () => {
    const csv = [...writeNodesCsv(entityTable(graph))].join("");
    expect(csv.endsWith("\r\n")).toBe(true);
    const [header, ...rows] = parseCsv(csv);
    expect(header).toEqual(["id", "label", "type", "mentions", "documents", "aliases", "firstSeen", "lastSeen"]);
    expect(rows).toHaveLength(graph.order);
    const att = rows.find((r) => r[0] === "organization:at-t")!;
    expect(att[1]).toBe('AT&T <"Ma Bell">\u0001');
    expect(att[5]).toBe("AT,T; line\nbreak");
  });

  it("writes one row per edge with both ends' ids and labels", () => {
    const [header, ...rows] = parseCsv([...writeEdgesCsv(entityTable(graph), (node) => graph.getNodeAttribute(node, "label"))].join(""));
    expect(header).toEqual(["id", "source", "target", "source_label", "target_label", "weight", "documents", "npmi", "firstSeen", "lastSeen"]);
    expect(rows).toEqual([
      ["e1", "person:vladimir-putin", "country:china", "Vladimir Putin", "China", "5", "3", "0.4123", "", ""],
      ["e2", "organization:at-t", "country:china", 'AT&T <"Ma Bell">\u0001', "China", "1", "1", "-0.25", "", ""],
    ]);
  });
});
