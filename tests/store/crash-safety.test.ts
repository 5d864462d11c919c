import { spawn } from "node:child_process";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { EntenteStore } from "../../server/src/store/index.js";
import { syntheticCounts, syntheticNumber } from "./fixtures/synthetic-document.js";
import { tempDir, track } from "./helpers.js";

const CHILD = fileURLToPath(new URL("./fixtures/ingest-child.ts", import.meta.url));
/** Commits the child must report before it is killed: enough for several WAL checkpoints. */
const KILL_AFTER = 1500;

/** Runs the ingesting child until it reports `KILL_AFTER` commits, SIGKILLs it, and answers the last count it reported. */
function ingestThenKill(path: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", CHILD, path, "1000000"], { stdio: ["ignore", "pipe", "pipe"] });
    let reported = 0;
    let pending = "";
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout.on("data", (chunk: Buffer) => {
      pending += chunk.toString();
      const lines = pending.split("\n");
      pending = lines.pop()!;
      for (const line of lines) reported = Number(/^committed (\d+)$/.exec(line)?.[1] ?? reported);
      if (reported >= KILL_AFTER && child.exitCode === null && !child.killed) child.kill("SIGKILL");
    });
    child.on("error", reject);
    child.on("exit", (code, signal) => {
      if (signal === "SIGKILL") resolve(reported);
      else reject(new Error(`ingest-child exited with ${code} before it was killed: ${stderr}`));
    });
  });
}

describe("EntenteStore crash safety", () => {
  it("keeps every committed document whole and no partial one after a SIGKILL mid-ingestion", async () => {
    const path = join(tempDir(), "crash.db");
    const reported = await ingestThenKill(path);
    expect(reported).toBeGreaterThanOrEqual(KILL_AFTER);

    // Reopening runs SQLite's recovery of the WAL the killed process left behind.
    const store = track(EntenteStore.open(path));
    const stored = store.countDocuments();
    expect(stored).toBeGreaterThanOrEqual(reported);

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
      expect(rows.length).toBe(stored);
      const incomplete = rows.filter((r) => {
        const want = syntheticCounts(syntheticNumber(r.id));
        return r.sentences !== want.sentences || r.mentions !== want.mentions || r.entities === 0;
      });
      expect(incomplete).toEqual([]);
      // The child adds documents 0, 1, 2... in order: what survived is a prefix, with no gap.
      const numbers = rows.map((r) => syntheticNumber(r.id)).sort((a, b) => a - b);
      expect(numbers).toEqual(numbers.map((_, i) => i));
      // Nothing orphaned: every sentence and mention belongs to a stored document.
      expect(db.prepare("SELECT count(*) FROM mentions WHERE document_id NOT IN (SELECT id FROM documents)").pluck().get()).toBe(0);
      expect(db.prepare("PRAGMA integrity_check").pluck().get()).toBe("ok");
    } finally {
      db.close();
    }
    // The store takes new documents after the crash.
    expect(store.loadExtractedDocuments()).toHaveLength(stored);
  });
});
