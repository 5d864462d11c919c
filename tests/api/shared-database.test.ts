/** Several processes, one database: a server sees what other servers and a CLI `ingest` commit to its file. */
import { execFile } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startServer, type RunningServer } from "../../server/src/api/index.js";
import type { DocumentListResponse, EntitySearchResponse, SerializedGraphPayload } from "../../server/src/types.js";
import { enc, request } from "./http.js";

const run = promisify(execFile);
const dir = mkdtempSync(join(tmpdir(), "entente-shared-"));
const db = join(dir, "shared.db");
let first: RunningServer;
let second: RunningServer;

const graphOf = async (server: RunningServer) => (await request(server.url, "GET", "/api/graph")).body as SerializedGraphPayload;
const found = async (server: RunningServer, q: string) =>
  ((await request(server.url, "GET", `/api/entities?q=${enc(q)}`)).body as EntitySearchResponse).results.map((r) => r.id);

beforeAll(async () => {
  first = await startServer({ port: 0, db, workers: 0 });
  second = await startServer({ port: 0, db, workers: 0 });
});
afterAll(async () => {
  await first?.close();
  await second?.close();
});

describe("two servers on one database file", () => {
  it("start on the same graph", async () => {
    expect(await graphOf(second)).toEqual(await graphOf(first));
  });

  it("show a document added through the other in the graph and the search", async () => {
    const added = await request(first.url, "POST", "/api/documents", { id: "oslo", text: "Jonas Gahr Store met Ulf Kristersson in Oslo on Monday." });
    expect(added.status).toBe(201);
    const graph = await graphOf(second);
    expect(graph.attributes.documents).toBe(6);
    expect(graph.nodes.map((n) => n.key)).toContain("person:ulf-kristersson");
    expect(await found(second, "Kristersson")).toContain("person:ulf-kristersson");
  });

  it("drop a document deleted through the other", async () => {
    expect((await request(second.url, "DELETE", "/api/documents/oslo")).status).toBe(204);
    const graph = await graphOf(first);
    expect(graph.attributes.documents).toBe(5);
    expect(graph.nodes.map((n) => n.key)).not.toContain("person:ulf-kristersson");
    expect(await found(first, "Kristersson")).not.toContain("person:ulf-kristersson");
    expect(await graphOf(first)).toEqual(await graphOf(second));
  });

  it("apply a curation decision taken through the other, date ranges included", async () => {
    const hidden = await request(first.url, "POST", `/api/entities/${enc("country:china")}/hide`, {});
    expect(hidden.status).toBe(200);
    for (const path of ["/api/graph", "/api/graph?from=2022-01-01"]) {
      const graph = (await request(second.url, "GET", path)).body as SerializedGraphPayload;
      expect(graph.nodes.map((n) => n.key), path).not.toContain("country:china");
    }
    expect((await request(second.url, "POST", "/api/curation/undo", {})).status).toBe(200);
    expect((await graphOf(first)).nodes.map((n) => n.key)).toContain("country:china");
  });
});

describe("a server beside a CLI ingest", () => {
  it("shows what `entente ingest` committed to its file, with the counts of /api/documents", async () => {
    const file = join(dir, "lima.txt");
    writeFileSync(file, "Dina Boluarte met Gustavo Petro in Lima to discuss the Andean Community.\n");
    await run(process.execPath, ["--import", "tsx", "server/src/cli/index.ts", "ingest", file, "--db", db, "--workers", "0"], { timeout: 60_000 });
    const listed = (await request(first.url, "GET", "/api/documents")).body as DocumentListResponse;
    const graph = await graphOf(first);
    expect(graph.attributes.documents).toBe(listed.total);
    expect(listed.total).toBe(6);
    expect(await found(first, "Petro")).toContain("person:gustavo-petro");
  });
});
