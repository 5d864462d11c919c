import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startServer, type RunningServer } from "../../server/src/api/index.js";
import type { DocumentListResponse, IngestResponse, SerializedGraphPayload } from "../../server/src/types.js";
import { newsRecord } from "./fixtures/news-records.js";
import { request, type HttpAnswer } from "./http.js";

let server: RunningServer;
const call = (method: string, path: string, body?: unknown) => request(server.url, method, path, body);

beforeAll(async () => {
  server = await startServer({ port: 0, db: join(mkdtempSync(join(tmpdir(), "entente-concurrency-")), "entente.db"), workers: 2 });
});
afterAll(async () => {
  await server?.close();
});

/** Reads of every kind, issued until `done` settles: what an open viewer does while others post. */
async function readWhile(done: Promise<unknown>): Promise<HttpAnswer[]> {
  const answers: HttpAnswer[] = [];
  let finished = false;
  void done.finally(() => (finished = true));
  const paths = ["/api/entities?q=merk", "/api/graph", "/api/documents?limit=5", "/api/entities/person%3Aangela-merkel/neighbors"];
  for (let i = 0; !finished || i < paths.length; i++) answers.push(await call("GET", paths[i % paths.length]));
  return answers;
}

describe("concurrent writes and reads", () => {
  it("stores every acknowledged document of 20 concurrent POSTs, with reads in flight and no 5xx", async () => {
    const before = ((await call("GET", "/api/documents?limit=1")).body as DocumentListResponse).total;
    // Batches of 1 to 3 records; a few repeat a record of another batch, which must be skipped, not doubled.
    const batches = Array.from({ length: 20 }, (_, b) => Array.from({ length: 1 + (b % 3) }, (_, k) => newsRecord("conc", b * 3 + k)));
    for (let b = 5; b < 20; b += 5) batches[b].push(batches[b - 1][0]);
    const posts = Promise.all(batches.map((records) => call("POST", "/api/documents", records)));
    const [answers, reads] = await Promise.all([posts, readWhile(posts)]);

    expect(reads.filter((r) => r.status >= 500)).toEqual([]);
    expect(reads.length).toBeGreaterThan(4);
    expect(answers.map((a) => a.status).filter((s) => s !== 201 && s !== 200)).toEqual([]);
    const acknowledged = answers.flatMap((a) => (a.body as IngestResponse).added.map((d) => d.id));
    const distinct = new Set(batches.flat().map((r) => r.id));
    // Every distinct record is acknowledged exactly once, whichever POST won the race.
    expect([...acknowledged].sort()).toEqual([...distinct].sort());

    for (const id of acknowledged) {
      const doc = await call("GET", `/api/documents/${encodeURIComponent(id)}`);
      expect(doc.status).toBe(200);
      expect(doc.body.mentions.length).toBeGreaterThan(0);
    }
    const list = (await call("GET", "/api/documents?limit=1")).body as DocumentListResponse;
    expect(list.total).toBe(before + distinct.size);
    const graph = (await call("GET", "/api/graph")).body as SerializedGraphPayload;
    expect(graph.attributes.documents).toBe(list.total);
  });
});
