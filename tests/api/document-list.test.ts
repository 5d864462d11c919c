/**
 * The documents list, its facets and the evidence's documents over HTTP, on the seeds (3 of 5
 * undated) and four stories filed by folder (tests/fixtures/documents/newsroom).
 */
import { resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startServer, type RunningServer } from "../../server/src/api/index.js";
import { REPO_ROOT, SEEDS_DIR } from "../../server/src/config.js";
import type { DocumentFacetsResponse, DocumentListResponse, EvidenceResponse, PathResponse, SerializedGraphPayload } from "../../server/src/types.js";
import { enc, request } from "./http.js";

const NEWSROOM = resolve(REPO_ROOT, "tests/fixtures/documents/newsroom");
let server: RunningServer;
const get = (path: string) => request(server.url, "GET", path);
const list = async (query: string) => {
  const answer = await get(`/api/documents?${query}`);
  expect(answer.status).toBe(200);
  return answer.body as DocumentListResponse;
};
const ids = async (query: string) => (await list(query)).documents.map((d) => d.id);

beforeAll(async () => {
  server = await startServer({ port: 0, db: ":memory:", workers: 0, inputs: [SEEDS_DIR, NEWSROOM] });
});
afterAll(async () => {
  await server?.close();
});

describe("GET /api/documents", () => {
  it("lists every document newest first, undated last, each with its category", async () => {
    const all = await list("limit=100");
    expect(all.total).toBe(9);
    expect(all.documents.slice(0, 3).map((d) => d.id)).toEqual(["02-oil-price", "01-gas-deal", "01-summit"]);
    expect(all.documents.slice(-4).every((d) => d.published === undefined)).toBe(true);
    const gas = all.documents.find((d) => d.id === "01-gas-deal")!;
    expect(gas).toMatchObject({ title: "Gazprom signs gas deal with China", outlet: "Reuters", published: "2023-03-03", category: "business", path: "newsroom/business/01-gas-deal.txt" });
    expect(all.documents.find((d) => d.id === "000_fab0eeebba585610")?.category).toBe("seeds");
  });

  it("finds text in titles and in the text, whatever the case", async () => {
    expect(await ids("q=opec")).toEqual(["02-oil-price"]);
    expect(await ids("q=OIL%20PRICES%20RISE")).toEqual(["02-oil-price"]);
    expect(await ids("q=pipeline")).toEqual(["01-gas-deal"]);
    expect(await ids("q=100%25")).toEqual([]);
  });

  it("filters by outlet, by category and by both", async () => {
    expect(await ids("outlet=Reuters")).toEqual(["01-gas-deal", "01-summit"]);
    expect(await ids("category=business")).toEqual(["02-oil-price", "01-gas-deal"]);
    expect(await ids("category=politics&outlet=Reuters")).toEqual(["01-summit"]);
    expect((await list("category=seeds")).total).toBe(5);
  });

  it("keeps undated documents in a date range by default, and leaves them out on request", async () => {
    const kept = await list("from=2023-03-01&limit=100");
    expect(kept.documents.slice(0, 2).map((d) => d.id)).toEqual(["02-oil-price", "01-gas-deal"]);
    expect(kept.total).toBe(2 + 4);
    expect(await ids("from=2023-03-01&undated=exclude")).toEqual(["02-oil-price", "01-gas-deal"]);
    expect(await ids("from=2023-01-01&to=2023-03-10&undated=exclude")).toEqual(["01-gas-deal", "01-summit"]);
    expect((await list("undated=exclude")).total).toBe(5);
  });

  it("sorts oldest first (undated still last) or by title", async () => {
    const oldest = await ids("sort=oldest&limit=100");
    expect(oldest.slice(0, 2)).toEqual(["000_fab0eeebba585610", "003_41e8d1467cf90a82"]);
    expect(oldest.slice(5)).toHaveLength(4);
    expect(await ids("category=business&sort=title")).toEqual(["01-gas-deal", "02-oil-price"]);
  });

  it("lists the documents that mention an entity, and those with a sentence of a pair", async () => {
    expect(await ids(`entity=${enc("person:emmanuel-macron")}`)).toEqual(["01-summit"]);
    const pair = await ids(`entity=${enc("person:vladimir-putin")}&neighbor=${enc("person:xi-jinping")}&limit=100`);
    expect(pair.length).toBeGreaterThan(0);
    const evidence = (await get(`/api/edges/${enc("person:vladimir-putin")}/${enc("person:xi-jinping")}/evidence`)).body as EvidenceResponse;
    expect(new Set(pair)).toEqual(new Set(evidence.evidence.map((e) => e.document)));
    expect(await ids(`entity=${enc("person:emmanuel-macron")}&neighbor=${enc("person:joe-biden")}`)).toEqual([]);
  });

  it("pages a filtered list, its total counting every match", async () => {
    const first = await list("category=seeds&limit=2");
    const second = await list("category=seeds&limit=2&offset=2");
    expect([first.total, second.total]).toEqual([5, 5]);
    expect(second.offset).toBe(2);
    expect(new Set([...first.documents, ...second.documents].map((d) => d.id)).size).toBe(4);
  });

  it("answers 400 with {error} for a bad sort, undated, date, page, long text or a neighbor without entity", async () => {
    for (const query of ["sort=random", "undated=maybe", "from=2023-02-30", "from=2023-03-01&to=2023-01-01", "offset=-1", "limit=0", `q=${"x".repeat(201)}`, `neighbor=${enc("person:xi-jinping")}`, "outlet=a&outlet=b"]) {
      const answer = await get(`/api/documents?${query}`);
      expect(answer.status, query).toBe(400);
      expect(typeof answer.body.error, query).toBe("string");
      expect(answer.text, query).not.toMatch(/\n\s+at /);
    }
  });

  it("answers 404 with {error} for an unknown entity or neighbor", async () => {
    for (const query of [`entity=${enc("person:nobody")}`, `entity=${enc("person:vladimir-putin")}&neighbor=${enc("person:nobody")}`]) {
      const answer = await get(`/api/documents?${query}`);
      expect(answer.status, query).toBe(404);
      expect(answer.body.error, query).toMatch(/person:nobody/);
    }
  });
});

describe("GET /api/document-facets", () => {
  it("counts the documents per day, outlet and category, and the undated ones apart", async () => {
    const answer = await get("/api/document-facets");
    expect(answer.status).toBe(200);
    const facets = answer.body as DocumentFacetsResponse;
    expect(facets.total).toBe(9);
    expect(facets.undated).toBe(4);
    expect(facets.days).toEqual([
      { date: "2022-09-16", count: 1 },
      { date: "2022-12-30", count: 1 },
      { date: "2023-01-22", count: 1 },
      { date: "2023-03-03", count: 1 },
      { date: "2023-03-20", count: 1 },
    ]);
    expect(facets.outlets[0]).toEqual({ name: "Reuters", count: 2 });
    expect(facets.categories).toEqual([
      { name: "seeds", count: 5 },
      { name: "business", count: 2 },
      { name: "politics", count: 2 },
    ]);
  });

  it("counts within the filters it is given", async () => {
    const facets = (await get("/api/document-facets?category=politics")).body as DocumentFacetsResponse;
    expect(facets).toMatchObject({ total: 2, undated: 1, days: [{ date: "2023-01-22", count: 1 }], categories: [{ name: "politics", count: 2 }] });
    expect((await get(`/api/document-facets?entity=${enc("person:nobody")}`)).status).toBe(404);
    expect((await get(`/api/document-facets?q=${"x".repeat(201)}`)).status).toBe(400);
  });
});

describe("evidence with its documents", () => {
  it("names each evidence sentence's document by title, outlet and date", async () => {
    const answer = (await get(`/api/edges/${enc("person:emmanuel-macron")}/${enc("person:olaf-scholz")}/evidence`)).body as EvidenceResponse;
    expect(answer.evidence.length).toBeGreaterThan(0);
    for (const e of answer.evidence) expect(e).toMatchObject({ document: "01-summit", title: "Macron meets Scholz in Paris", outlet: "Reuters", published: "2023-01-22" });
  });

  it("names the documents of every hop of a path", async () => {
    const path = (await get(`/api/path?from=${enc("person:vladimir-putin")}&to=${enc("person:xi-jinping")}`)).body as PathResponse;
    const evidence = path.hops.flatMap((hop) => hop.evidence);
    expect(evidence.length).toBeGreaterThan(0);
    expect(evidence.some((e) => e.outlet === "Epoch Times" && e.published === "2022-09-16")).toBe(true);
    expect(evidence.some((e) => e.title === "Double Trouble: Vladimir Putin-Xi Jinping sitdown produces pledge of a united front on world stage")).toBe(true);
  });
});

describe("undated documents in the graph's date range", () => {
  const nodes = async (query: string) => ((await get(`/api/graph${query}`)).body as SerializedGraphPayload).nodes.map((n) => n.key);

  it("are kept by default and left out with undated=exclude", async () => {
    // Brazil is named by one undated story only; nothing is dated before 2022-09-16.
    expect(await ids(`entity=${enc("country:brazil")}`)).toEqual(["02-visit"]);
    const kept = await nodes("?to=2022-09-01");
    expect(kept).toContain("person:vladimir-putin");
    expect(kept).toContain("country:brazil");
    expect(await nodes("?to=2022-09-01&undated=exclude")).toEqual([]);
    expect(await nodes("?undated=exclude")).not.toContain("country:brazil");
    expect(await nodes("?undated=exclude")).toContain("person:emmanuel-macron");
    expect(await nodes("?undated=include")).toEqual(await nodes(""));
  });

  it("follow the same choice in neighbors and the GEXF export, and refuse another value", async () => {
    const white = `/api/entities/${enc("country:brazil")}/neighbors`;
    expect((await get(white)).body.neighbors.length).toBeGreaterThan(0);
    expect((await get(`${white}?undated=exclude`)).body.neighbors).toEqual([]);
    const gexf = await get("/api/export.gexf?to=2022-09-01&undated=exclude");
    expect(gexf.status).toBe(200);
    expect(gexf.text).not.toContain("Brazil");
    expect((await get("/api/export.gexf?to=2022-09-01")).text).toContain("Brazil");
    const bad = await get("/api/graph?undated=no");
    expect(bad.status).toBe(400);
    expect(bad.body.error).toMatch(/undated must be one of include, exclude/);
  });
});
