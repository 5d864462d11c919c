import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startServer, type RunningServer } from "../../server/src/api/index.js";
import type {
  EntityResponse,
  EntitySearchResponse,
  EvidenceResponse,
  NeighborsResponse,
  SerializedGraphPayload,
} from "../../server/src/types.js";
import { request } from "./http.js";

let server: RunningServer;

const get = (path: string) => request(server.url, "GET", path);

const PUTIN = encodeURIComponent("person:vladimir-putin");
const XI = encodeURIComponent("person:xi-jinping");

beforeAll(async () => {
  server = await startServer({ port: 0, db: ":memory:", workers: 0 });
});
afterAll(async () => {
  await server?.close();
});

describe("GET /api/graph", () => {
  it("serves the seeds' graph in graphology's serialized form without evidence", async () => {
    const { status, body } = await get("/api/graph");
    expect(status).toBe(200);
    const graph = body as SerializedGraphPayload;
    expect(graph.options.type).toBe("undirected");
    expect(graph.nodes.length).toBeGreaterThan(10);
    expect(graph.edges.length).toBeGreaterThan(10);
    const putin = graph.nodes.find((n) => n.key === "person:vladimir-putin");
    expect(putin?.attributes).toMatchObject({ label: "Vladimir Putin", type: "person" });
    expect(putin!.attributes.mentions).toBeGreaterThan(10);
    for (const e of graph.edges) {
      expect(e.attributes.weight).toBeGreaterThanOrEqual(1);
      expect(e.attributes).not.toHaveProperty("evidence");
    }
  });
});

describe("GET /api/entities", () => {
  it("finds Putin from a lower-case prefix, best first", async () => {
    const { status, body } = await get("/api/entities?q=put&limit=5");
    expect(status).toBe(200);
    const res = body as EntitySearchResponse;
    expect(res.results[0].id).toBe("person:vladimir-putin");
    expect(res.results.length).toBeLessThanOrEqual(5);
  });

  it("matches aliases, ignoring case and accents", async () => {
    const { body } = await get(`/api/entities?q=${encodeURIComponent("SHÀNGHAI")}`);
    expect((body as EntitySearchResponse).results.map((r) => r.type)).toContain("organization");
    const { body: us } = await get("/api/entities?q=america&type=country");
    expect((us as EntitySearchResponse).results[0].id).toBe("country:united-states");
  });

  it("filters by type", async () => {
    const { body } = await get("/api/entities?q=xi&type=country");
    expect((body as EntitySearchResponse).results.every((r) => r.type === "country")).toBe(true);
  });

  it("answers 400 with a JSON error for a bad type or limit", async () => {
    for (const q of ["?q=put&type=city", "?q=put&limit=-5", "?q=put&limit=abc", "?q=put&limit=0"]) {
      const { status, body, headers } = await get(`/api/entities${q}`);
      expect(status, q).toBe(400);
      expect(headers.get("content-type")).toMatch(/json/);
      expect(typeof body.error).toBe("string");
      expect(body.error).not.toMatch(/\bat .*\.ts/); // no stack trace
    }
  });
});

describe("GET /api/entities/:id", () => {
  it("returns an entity with its counts and aliases", async () => {
    const { status, body } = await get(`/api/entities/${PUTIN}`);
    expect(status).toBe(200);
    const e = body as EntityResponse;
    expect(e).toMatchObject({ id: "person:vladimir-putin", type: "person", label: "Vladimir Putin" });
    expect(e.documents).toBe(5);
    expect(e.aliases).toEqual(expect.arrayContaining(["Putin", "Vladimir Putin"]));
    expect(e.degree).toBeGreaterThan(3);
  });

  it("answers 404 with a JSON error for an unknown id", async () => {
    const { status, body } = await get(`/api/entities/${encodeURIComponent("person:nobody-at-all")}`);
    expect(status).toBe(404);
    expect(body.error).toContain("person:nobody-at-all");
  });
});

describe("GET /api/entities/:id/neighbors", () => {
  it("lists neighbors heaviest first, Xi Jinping among Putin's", async () => {
    const { status, body } = await get(`/api/entities/${PUTIN}/neighbors`);
    expect(status).toBe(200);
    const res = body as NeighborsResponse;
    expect(res.entity.id).toBe("person:vladimir-putin");
    const weights = res.neighbors.map((n) => n.weight);
    expect(weights).toEqual([...weights].sort((a, b) => b - a));
    expect(res.neighbors.map((n) => n.id)).toContain("person:xi-jinping");
  });

  it("filters by type, minimum weight and limit", async () => {
    const { body } = await get(`/api/entities/${PUTIN}/neighbors?type=country&minWeight=2&limit=3`);
    const res = body as NeighborsResponse;
    expect(res.neighbors.length).toBeGreaterThan(0);
    expect(res.neighbors.length).toBeLessThanOrEqual(3);
    for (const n of res.neighbors) {
      expect(n.type).toBe("country");
      expect(n.weight).toBeGreaterThanOrEqual(2);
    }
  });

  it("ranks by documents or NPMI on request", async () => {
    for (const sort of ["documents", "npmi"] as const) {
      const res = (await get(`/api/entities/${PUTIN}/neighbors?sort=${sort}&limit=1000`)).body as NeighborsResponse;
      const values = res.neighbors.map((n) => n[sort]);
      expect(values).toEqual([...values].sort((a, b) => b - a));
      for (const n of res.neighbors) {
        expect(n.npmi).toBeGreaterThanOrEqual(-1);
        expect(n.npmi).toBeLessThanOrEqual(1);
      }
    }
    expect((await get(`/api/entities/${PUTIN}/neighbors?sort=fame`)).status).toBe(400);
  });

  it("answers 400 for a bad minWeight and 404 for an unknown entity", async () => {
    expect((await get(`/api/entities/${PUTIN}/neighbors?minWeight=heavy`)).status).toBe(400);
    expect((await get(`/api/entities/${encodeURIComponent("country:atlantis")}/neighbors`)).status).toBe(404);
  });
});

describe("GET /api/edges/:source/:target/evidence", () => {
  it("returns the sentences behind Putin - Xi, each naming both", async () => {
    const { status, body } = await get(`/api/edges/${PUTIN}/${XI}/evidence`);
    expect(status).toBe(200);
    const res = body as EvidenceResponse;
    expect(res.evidence.length).toBe(res.weight);
    expect(res.weight).toBeGreaterThan(3);
    for (const ev of res.evidence) {
      expect(ev.document).toMatch(/^00\d_/);
      expect(ev.text).toMatch(/Putin/);
      expect(ev.text).toMatch(/Xi/);
    }
    // Same answer whichever way round the pair is named.
    const reverse = (await get(`/api/edges/${XI}/${PUTIN}/evidence`)).body as EvidenceResponse;
    expect(reverse.weight).toBe(res.weight);
  });

  it("answers 404 when the two never co-occur or one is unknown", async () => {
    const { body: search } = await get("/api/entities?limit=200");
    const ids = (search as EntitySearchResponse).results.map((r) => r.id);
    const { body: nb } = await get(`/api/entities/${PUTIN}/neighbors?limit=1000`);
    const linked = new Set((nb as NeighborsResponse).neighbors.map((n) => n.id));
    const stranger = ids.find((id) => id !== "person:vladimir-putin" && !linked.has(id));
    expect(stranger).toBeDefined();
    expect((await get(`/api/edges/${PUTIN}/${encodeURIComponent(stranger!)}/evidence`)).status).toBe(404);
    expect((await get(`/api/edges/${PUTIN}/${encodeURIComponent("person:nobody")}/evidence`)).status).toBe(404);
  });
});

describe("window: paragraph", () => {
  it("links more pairs than the sentence window, over the same entities", async () => {
    const paragraph = await startServer({ port: 0, db: ":memory:", workers: 0, window: "paragraph" });
    try {
      const wide = (await (await fetch(`${paragraph.url}/api/graph`)).json()) as SerializedGraphPayload;
      const narrow = (await get("/api/graph")).body as SerializedGraphPayload;
      expect(wide.nodes.length).toBe(narrow.nodes.length);
      expect(wide.edges.length).toBeGreaterThan(narrow.edges.length);
      const w = (g: SerializedGraphPayload) => g.edges.find((e) => [e.source, e.target].sort().join() === "person:vladimir-putin,person:xi-jinping")!.attributes.weight;
      expect(w(wide)).toBeGreaterThanOrEqual(1);
      expect(w(narrow)).toBeGreaterThanOrEqual(1);
    } finally {
      await paragraph.close();
    }
  });
});

describe("GET /api/export.gexf and unknown routes", () => {
  it("downloads GEXF as an attachment", async () => {
    const { status, headers, text } = await get("/api/export.gexf");
    expect(status).toBe(200);
    expect(headers.get("content-disposition")).toMatch(/^attachment; filename="?entente\.gexf"?$/);
    expect(headers.get("content-type")).toMatch(/gexf\+xml/);
    expect(text).toContain('<gexf version="1.2"');
    expect(text).toContain("Vladimir Putin");
  });

  it("rejects an unknown GEXF version with 400", async () => {
    expect((await get("/api/export.gexf?version=2.0")).status).toBe(400);
  });

  it("answers an unknown API route with a JSON 404", async () => {
    const { status, body } = await get("/api/nothing-here");
    expect(status).toBe(404);
    expect(body.error).toMatch(/no such API route/);
  });
});
