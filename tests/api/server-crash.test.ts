import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import Database from "better-sqlite3";
import { afterEach, describe, expect, it } from "vitest";
import { extractDocument } from "../../server/src/extract/index.js";
import type { DocumentResponse, IngestResponse } from "../../server/src/types.js";
import { newsRecord } from "./fixtures/news-records.js";
import { request } from "./http.js";

const REPO_ROOT = fileURLToPath(new URL("../..", import.meta.url));
const children: ChildProcess[] = [];
afterEach(() => {
  for (const c of children.splice(0)) c.kill("SIGKILL");
});

/** Starts `entente serve` in its own process on a free port and answers its URL once it listens. */
function serve(db: string): Promise<{ child: ChildProcess; url: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", "server/src/cli/index.ts", "serve", "--port", "0", "--db", db, "--workers", "1"], {
      cwd: REPO_ROOT,
      stdio: ["ignore", "pipe", "pipe"],
    });
    children.push(child);
    let out = "";
    let err = "";
    child.stdout!.on("data", (chunk: Buffer) => {
      out += chunk.toString();
      const url = /exploring at (http:\/\/[^/\s]+)/.exec(out)?.[1];
      if (url) resolve({ child, url });
    });
    child.stderr!.on("data", (chunk: Buffer) => (err += chunk.toString()));
    child.on("exit", (code) => reject(new Error(`serve exited with ${code} before listening: ${err}`)));
  });
}

/** Counts what the store holds for one document, read through a connection of this process. */
function storedCounts(db: Database.Database, id: string): { sentences: number; mentions: number } {
  const count = (table: string) => db.prepare(`SELECT count(*) FROM ${table} WHERE document_id = ?`).pluck().get(id) as number;
  return { sentences: count("sentences"), mentions: count("mentions") };
}

/** How many documents of the big batch the file holds, through a read-only connection. */
function committedOfBatch(path: string): number {
  const file = new Database(path, { readonly: true, fileMustExist: true });
  try {
    return file.prepare("SELECT count(*) FROM documents WHERE id LIKE 'batch-%'").pluck().get() as number;
  } finally {
    file.close();
  }
}

async function until(condition: () => boolean, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error("until: the condition did not hold in time");
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe("entente serve killed mid-POST", () => {
  it("keeps every acknowledged document whole after a SIGKILL during a 500-record POST", async () => {
    const db = join(mkdtempSync(join(tmpdir(), "entente-server-crash-")), "entente.db");
    const first = await serve(db);
    // Acknowledged before the crash: two small batches answered 201.
    const acknowledged: Record<string, DocumentResponse> = {};
    for (const tag of ["before-a", "before-b"]) {
      const answer = await request(first.url, "POST", "/api/documents", [0, 1, 2].map((n) => newsRecord(tag, n)));
      expect(answer.status).toBe(201);
      for (const { id } of (answer.body as IngestResponse).added) acknowledged[id] = (await request(first.url, "GET", `/api/documents/${id}`)).body;
    }
    expect(Object.keys(acknowledged)).toHaveLength(6);

    // The big batch: killed while its documents are being extracted and committed one by one.
    const big = Array.from({ length: 500 }, (_, n) => newsRecord("batch", n));
    const posted = request(first.url, "POST", "/api/documents", big).catch((e: Error) => e);
    // Killed once part of the batch is committed, so the kill lands between and inside commits.
    await until(() => committedOfBatch(db) >= 20);
    first.child.kill("SIGKILL");
    expect(await posted).toBeInstanceOf(Error); // never acknowledged

    const file = new Database(db, { readonly: true });
    try {
      expect(file.pragma("integrity_check", { simple: true })).toBe("ok");
      // Whatever of the big batch was committed is whole: as many rows as its extraction has.
      const committed = file.prepare("SELECT id FROM documents WHERE id LIKE 'batch-%'").pluck().all() as string[];
      expect(committed.length).toBeGreaterThanOrEqual(20);
      expect(committed.length).toBeLessThan(500);
      for (const id of committed) {
        const record = big[Number(id.slice("batch-".length))];
        const x = extractDocument({ ...record, path: "api" });
        expect(storedCounts(file, id)).toEqual({ sentences: x.sentences.length, mentions: x.mentions.length });
      }
    } finally {
      file.close();
    }

    const second = await serve(db);
    for (const [id, before] of Object.entries(acknowledged)) {
      const after = await request(second.url, "GET", `/api/documents/${id}`);
      expect(after.status).toBe(200);
      expect((after.body as DocumentResponse).text).toBe(before.text);
      expect((after.body as DocumentResponse).sentences).toEqual(before.sentences);
      expect((after.body as DocumentResponse).mentions.map((m) => [m.start, m.end, m.entity])).toEqual(before.mentions.map((m) => [m.start, m.end, m.entity]));
    }
    // The restarted server still takes writes.
    expect((await request(second.url, "POST", "/api/documents", newsRecord("after", 0))).status).toBe(201);
  });
});
