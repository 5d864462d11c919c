import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startServer, type RunningServer } from "../../server/src/api/index.js";
import type { CurationExport, CurationResponse, EntityResponse, EvidenceResponse, NeighborsResponse, PathResponse } from "../../server/src/types.js";
import { enc, request } from "./http.js";

let server: RunningServer;
const call = (method: string, path: string, body?: unknown) => request(server.url, method, path, body);
const db = join(mkdtempSync(join(tmpdir(), "entente-curation-")), "entente.db");
const PUTIN = "person:vladimir-putin";
const XI = "person:xi-jinping";
const KIRBY = "person:john-kirby";

const weight = async (a: string, b: string) => ((await call("GET", `/api/edges/${enc(a)}/${enc(b)}/evidence`)).body as EvidenceResponse).weight;

beforeAll(async () => {
  server = await startServer({ port: 0, db, workers: 0 });
});
afterAll(async () => {
  await server?.close();
});

describe("curation", () => {
  it("merges two entities: the survivor gets their mentions and the edges' weights add up", async () => {
    const putin = (await call("GET", `/api/entities/${enc(PUTIN)}`)).body as EntityResponse;
    const xi = (await call("GET", `/api/entities/${enc(XI)}`)).body as EntityResponse;
    const res = await call("POST", `/api/entities/${enc(KIRBY)}/merge`, { into: PUTIN });
    expect(res.status).toBe(200);
    const after = (res.body as CurationResponse).entity!;
    expect(after.id).toBe(PUTIN);
    expect(after.aliases).toEqual(expect.arrayContaining(["John Kirby"]));
    expect((await call("GET", `/api/entities/${enc(KIRBY)}`)).status).toBe(404);
    const kirbyMentions = after.mentions - putin.mentions;
    expect(kirbyMentions).toBeGreaterThan(0);
    expect(xi.id).toBe(XI);
    expect(await weight(PUTIN, XI)).toBeGreaterThan(0);
  });

  it("renames, retypes and hides", async () => {
    const renamed = await call("POST", `/api/entities/${enc(XI)}/rename`, { label: "Xi Jinping (PRC)" });
    expect((renamed.body as CurationResponse).entity!.label).toBe("Xi Jinping (PRC)");
    const search = await call("GET", "/api/entities?q=prc");
    expect(search.body.results[0].id).toBe(XI);

    const retyped = await call("POST", `/api/entities/${enc("organization:white-house")}/retype`, { type: "country" });
    expect((retyped.body as CurationResponse).entity).toMatchObject({ id: "country:white-house", type: "country" });

    const hidden = await call("POST", `/api/entities/${enc("country:china")}/hide`, {});
    expect(hidden.status).toBe(200);
    const neighbors = (await call("GET", `/api/entities/${enc(PUTIN)}/neighbors?limit=1000`)).body as NeighborsResponse;
    expect(neighbors.neighbors.map((n) => n.id)).not.toContain("country:china");
  });

  it("answers 404 for an unknown entity and 400 for a bad body", async () => {
    expect((await call("POST", `/api/entities/${enc("person:nobody")}/hide`, {})).status).toBe(404);
    expect((await call("POST", `/api/entities/${enc(PUTIN)}/merge`, { into: "person:nobody" })).status).toBe(404);
    expect((await call("POST", `/api/entities/${enc(PUTIN)}/merge`, {})).status).toBe(400);
    expect((await call("POST", `/api/entities/${enc(PUTIN)}/retype`, { type: "city" })).status).toBe(400);
    expect((await call("POST", `/api/entities/${enc(PUTIN)}/merge`, { into: PUTIN })).status).toBe(400);
  });

  it("undoes the latest decision", async () => {
    const undone = await call("POST", "/api/curation/undo", {});
    expect((undone.body as CurationResponse).decision!.action).toEqual({ kind: "hide", entity: "country:china" });
    expect((await call("GET", `/api/entities/${enc("country:china")}`)).status).toBe(200);
  });

  it("keeps decisions across a restart and applies them to documents ingested later", async () => {
    await server.close();
    server = await startServer({ port: 0, db, workers: 0 });
    expect((await call("GET", `/api/entities/${enc(KIRBY)}`)).status).toBe(404);
    expect(((await call("GET", `/api/entities/${enc(XI)}`)).body as EntityResponse).label).toBe("Xi Jinping (PRC)");
    const added = await call("POST", "/api/documents", { text: "John Kirby said on Friday that the talks with India would go on." });
    expect(added.status).toBe(201);
    expect((await call("GET", `/api/entities/${enc(KIRBY)}`)).status).toBe(404);
    const neighbors = (await call("GET", `/api/entities/${enc(PUTIN)}/neighbors?limit=1000`)).body as NeighborsResponse;
    expect(neighbors.neighbors.map((n) => n.id)).toContain("country:india");
  });

  it("exports the decisions as JSON and imports them back", async () => {
    const exported = (await call("GET", "/api/curation")).body as CurationExport;
    expect(exported).toMatchObject({ entente: "curation", version: 1 });
    expect(exported.decisions.map((d) => d.kind)).toEqual(["merge", "rename", "retype"]);
    expect((await call("POST", "/api/curation/import", { entente: "curation", version: 1, decisions: [] })).status).toBe(200);
    expect((await call("GET", `/api/entities/${enc(KIRBY)}`)).status).toBe(200);
    expect((await call("POST", "/api/curation/import", exported)).status).toBe(200);
    expect((await call("GET", `/api/entities/${enc(KIRBY)}`)).status).toBe(404);
    expect((await call("POST", "/api/curation/import", { decisions: "all" })).status).toBe(400);
  });
});

describe("GET /api/path", () => {
  it("finds the strongest chain between two entities, with evidence for each hop", async () => {
    const res = (await call("GET", `/api/path?from=${enc("country:kazakhstan")}&to=${enc(XI)}`)).body as PathResponse;
    expect(res.nodes[0].id).toBe("country:kazakhstan");
    expect(res.nodes.at(-1)!.id).toBe(XI);
    expect(res.hops).toHaveLength(res.nodes.length - 1);
    for (const hop of res.hops) expect(hop.evidence.length).toBe(hop.weight);
  });

  it("answers 400 without both ends and 404 for an unknown one", async () => {
    expect((await call("GET", `/api/path?from=${enc(XI)}`)).status).toBe(400);
    expect((await call("GET", `/api/path?from=${enc(XI)}&to=${enc("person:nobody")}`)).status).toBe(404);
  });
});

describe("POST /api/entities/:id/unhide", () => {
  const INDIA = "country:india";
  const RUSSIA = "country:russia";
  const status = async (id: string) => (await call("GET", `/api/entities/${enc(id)}`)).status;

  it("shows a hidden entity again, even when other decisions came after its hide", async () => {
    expect((await call("POST", `/api/entities/${enc(INDIA)}/hide`, {})).status).toBe(200);
    expect((await call("POST", `/api/entities/${enc(RUSSIA)}/hide`, {})).status).toBe(200);
    expect(await status(INDIA)).toBe(404);

    const res = await call("POST", `/api/entities/${enc(INDIA)}/unhide`, {});
    expect(res.status).toBe(200);
    const body = res.body as CurationResponse;
    expect(body.decision!.action).toEqual({ kind: "unhide", entity: INDIA });
    expect(body.entity).toMatchObject({ id: INDIA, type: "country" });
    expect(await status(INDIA)).toBe(200);
    expect(await status(RUSSIA)).toBe(404);
    const neighbors = (await call("GET", `/api/entities/${enc(PUTIN)}/neighbors?limit=1000`)).body as NeighborsResponse;
    expect(neighbors.neighbors.map((n) => n.id)).toContain(INDIA);
  });

  it("answers 400 for an entity that is shown and 404 for an id no decision hides, as JSON", async () => {
    const shown = await call("POST", `/api/entities/${enc(INDIA)}/unhide`, {});
    expect(shown.status).toBe(400);
    expect(shown.body).toEqual({ error: expect.stringContaining("not hidden") });
    const unknown = await call("POST", `/api/entities/${enc("person:nobody")}/unhide`);
    expect(unknown.status).toBe(404);
    expect(unknown.body).toEqual({ error: expect.any(String) });
  });

  it("is a decision like the others: undone, exported and imported", async () => {
    const undone = await call("POST", "/api/curation/undo", {});
    expect((undone.body as CurationResponse).decision!.action).toEqual({ kind: "unhide", entity: INDIA });
    expect(await status(INDIA)).toBe(404);
    expect((await call("POST", `/api/entities/${enc(INDIA)}/unhide`, {})).status).toBe(200);

    const exported = (await call("GET", "/api/curation")).body as CurationExport;
    expect(exported.decisions.slice(-3)).toEqual([
      { kind: "hide", entity: INDIA },
      { kind: "hide", entity: RUSSIA },
      { kind: "unhide", entity: INDIA },
    ]);
    expect((await call("POST", "/api/curation/import", exported)).status).toBe(200);
    expect(await status(INDIA)).toBe(200);
    expect(await status(RUSSIA)).toBe(404);
  });
});
