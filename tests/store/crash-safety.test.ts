import { spawn } from "node:child_process";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { EntenteStore } from "../../server/src/store/index.js";
import { syntheticCounts, syntheticDocument, syntheticNumber } from "./fixtures/synthetic-document.js";
import { tempDir, track } from "./helpers.js";

const CHILD = fileURLToPath(new URL("./fixtures/ingest-child.ts", import.meta.url));
const REPO_ROOT = fileURLToPath(new URL("../..", import.meta.url));
/** Commits the child must report in a round before the kill is armed: enough for WAL checkpoints. */
const COMMITS_BEFORE_KILL = 400;
/**
 * Delays between arming and the kill, one round each. Killing as soon as a line arrives
 * would always land between two documents (the parent reacts faster than the child starts
 * the next one), and a store without transactions would pass; a timer lands anywhere.
 */
const KILL_DELAYS_MS = [13, 29, 47, 71];

/** Runs the ingesting child, SIGKILLs it `delayMs` after it reports enough commits, and answers the last count it reported. */
function ingestThenKill(path: string, delayMs: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", CHILD, path, "1000000"], { cwd: REPO_ROOT, stdio: ["ignore", "pipe", "pipe"] });
    let first: number | undefined;
    let reported = 0;
    let armed = false;
    let pending = "";
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout.on("data", (chunk: Buffer) => {
      pending += chunk.toString();
      const lines = pending.split("\n");
      pending = lines.pop()!;
      for (const line of lines) reported = Number(/^committed (\d+)$/.exec(line)?.[1] ?? reported);
      first ??= reported;
      if (!armed && reported - first >= COMMITS_BEFORE_KILL) {
        armed = true;
        setTimeout(() => child.kill("SIGKILL"), delayMs);
      }
    });
    child.on("error", reject);
    child.on("exit", (code, signal) => {
      if (signal === "SIGKILL") resolve(reported);
      else reject(new Error(`ingest-child exited with ${code} before it was killed: ${stderr}`));
    });
  });
}

/** Asserts every stored synthetic document has all its rows, and answers how many are stored. */
function expectOnlyWholeDocuments(path: string): number {
  const db = new Database(path, { readonly: true });
  try {
    const rows = db
      .prepare(
        `SELECT d.id,
           (SELECT count(*) FROM sentences s WHERE s.document_id = d.id) AS sentences,
           (SELECT count(*) FROM mentions m WHERE m.document_id = d.id) AS mentions,
           (SELECT count(*) FROM document_entities e WHERE e.document_id = d.id) AS entities
         FROM documents d`,
      )
      .all() as { id: string; sentences: number; mentions: number; entities: number }[];
    const incomplete = rows.filter((r) => {
      const want = syntheticCounts(syntheticNumber(r.id));
      return r.sentences !== want.sentences || r.mentions !== want.mentions || r.entities !== want.entities;
    });
    expect(incomplete).toEqual([]);
    // Documents 0, 1, 2... are added in order: what survived is a prefix, with no gap.
    const numbers = rows.map((r) => syntheticNumber(r.id)).sort((a, b) => a - b);
    expect(numbers).toEqual(numbers.map((_, i) => i));
    expect(db.prepare("SELECT count(*) FROM mentions WHERE document_id NOT IN (SELECT id FROM documents)").pluck().get()).toBe(0);
    expect(db.prepare("PRAGMA integrity_check").pluck().get()).toBe("ok");
    return rows.length;
  } finally {
    db.close();
  }
}

describe("EntenteStore crash safety", () => {
  it("keeps every committed document whole and no partial one after SIGKILLs mid-ingestion", async () => {
    const path = join(tempDir(), "crash.db");
    let stored = 0;
    for (const delay of KILL_DELAYS_MS) {
      // Each round reopens the file the last kill left, recovers its WAL and goes on adding.
      const reported = await ingestThenKill(path, delay);
      expect(reported).toBeGreaterThanOrEqual(stored + COMMITS_BEFORE_KILL);
      stored = expectOnlyWholeDocuments(path);
      expect(stored).toBeGreaterThanOrEqual(reported);
    }
    const store = track(EntenteStore.open(path));
    expect(store.countDocuments()).toBe(stored);
    expect(store.loadExtractedDocuments()).toHaveLength(stored);
    expect(store.addDocument(syntheticDocument(stored))).toMatchObject({ added: true });
  });
});
