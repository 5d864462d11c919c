/** GET /api/export.graphml, .nodes.csv and .edges.csv: the whole graph as GraphML and CSV, counts and attributes as in GET /api/graph. */
import { XMLParser } from "fast-xml-parser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseCsv } from "../../client/src/table/utils";
import { startServer, type RunningServer } from "../../server/src/api/index.js";
import type { SerializedGraphPayload } from "../../server/src/types.js";
import { expectWellFormedXml } from "../helpers/well-formed-xml.js";
import { request } from "./http.js";

let server: RunningServer;
const get = (path: string) => request(server.url, "GET", path);
const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "", isArray: (name, _path, _leaf, isAttribute) => !isAttribute && ["key", "node", "edge", "data"].includes(name) });

beforeAll(async () => {
  server = await startServer({ port: 0, db: ":memory:", workers: 0 });
});
afterAll(async () => {
  await server?.close();
});

describe("GET /api/export.graphml", () => {
  it("downloads the whole graph as GraphML: every node and edge of GET /api/graph, with their attributes", async () => {
    const graph = (await get("/api/graph")).body as SerializedGraphPayload;
    const { status, headers, text } = await get("/api/export.graphml");
    expect(status).toBe(200);
    expect(headers.get("content-disposition")).toMatch(/^attachment; filename="?entente\.graphml"?$/);
    expect(headers.get("content-type")).toMatch(/^application\/graphml\+xml/);
    expectWellFormedXml(text, "graphml");
    const doc = parser.parse(text).graphml.graph;
    expect(doc.node).toHaveLength(graph.nodes.length);
    expect(doc.edge).toHaveLength(graph.edges.length);
    const putin = doc.node.find((n: { id: string }) => n.id === "person:vladimir-putin");
    const data = Object.fromEntries(putin.data.map((d: { key: string; "#text": unknown }) => [d.key, d["#text"]]));
    const expected = graph.nodes.find((n) => n.key === "person:vladimir-putin")!.attributes;
    expect(data).toMatchObject({ n_label: expected.label, n_type: "person", n_mentions: expected.mentions, n_documents: expected.documents });
    const weights = (edges: { source: string; target: string; w: number }[]) => edges.map((e) => `${[e.source, e.target].sort().join("|")}=${e.w}`).sort();
    expect(weights(doc.edge.map((e: { source: string; target: string; data: { key: string; "#text": number }[] }) => ({ ...e, w: e.data.find((d) => d.key === "e_weight")!["#text"] })))).toEqual(
      weights(graph.edges.map((e) => ({ source: e.source, target: e.target, w: e.attributes.weight }))),
    );
    // No server path in the description: the inputs by their short names only.
    expect(text).not.toMatch(/\/(home|tmp|work)\//);
  });

  it("keeps to the date range, and answers 400 to a date that is not one", async () => {
    const ranged = (await get("/api/graph?from=2022-09-01&undated=exclude")).body as SerializedGraphPayload;
    const doc = parser.parse((await get("/api/export.graphml?from=2022-09-01&undated=exclude")).text).graphml.graph;
    expect([doc.node ?? []].flat()).toHaveLength(ranged.nodes.length);
    const bad = await get("/api/export.graphml?from=2022-02-31");
    expect(bad.status).toBe(400);
    expect(bad.body.error).toMatch(/from/);
  });
});

describe("GET /api/export.nodes.csv and /api/export.edges.csv", () => {
  it("downloads one row per entity with its counts", async () => {
    const graph = (await get("/api/graph")).body as SerializedGraphPayload;
    const { status, headers, text } = await get("/api/export.nodes.csv");
    expect(status).toBe(200);
    expect(headers.get("content-type")).toMatch(/^text\/csv/);
    expect(headers.get("content-disposition")).toMatch(/entente-nodes\.csv/);
    const [header, ...rows] = parseCsv(text);
    expect(header.slice(0, 5)).toEqual(["id", "label", "type", "mentions", "documents"]);
    expect(rows).toHaveLength(graph.nodes.length);
    const byId = new Map(rows.map((r) => [r[0], r]));
    for (const node of graph.nodes) expect(byId.get(node.key)?.slice(1, 5)).toEqual([node.attributes.label, node.attributes.type, String(node.attributes.mentions), String(node.attributes.documents)]);
  });

  it("downloads one row per link with both labels, weight and NPMI", async () => {
    const graph = (await get("/api/graph")).body as SerializedGraphPayload;
    const { status, text } = await get("/api/export.edges.csv");
    expect(status).toBe(200);
    const [header, ...rows] = parseCsv(text);
    expect(header.slice(0, 8)).toEqual(["id", "source", "target", "source_label", "target_label", "weight", "documents", "npmi"]);
    expect(rows).toHaveLength(graph.edges.length);
    const label = new Map(graph.nodes.map((n) => [n.key, n.attributes.label]));
    for (const row of rows) {
      expect(row[3]).toBe(label.get(row[1]));
      expect(row[4]).toBe(label.get(row[2]));
      expect(Number(row[5])).toBeGreaterThanOrEqual(1);
      expect(Math.abs(Number(row[7]))).toBeLessThanOrEqual(1);
    }
  });
});
