import { execFile } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { EntenteStore } from "../../server/src/store/index.js";

const run = promisify(execFile);
const dir = mkdtempSync(join(tmpdir(), "entente-ingest-"));

async function entente(...args: string[]) {
  try {
    const { stdout, stderr } = await run(process.execPath, ["--import", "tsx", "server/src/cli/index.ts", ...args]);
    return { code: 0, stdout, stderr };
  } catch (err) {
    const e = err as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe("entente ingest", () => {
  const db = join(dir, "mixed.db");

  it("ingests the good files of a mixed folder and lists what it skipped and why", async () => {
    const { code, stdout, stderr } = await entente("ingest", "tests/fixtures/ingest/mixed", "seeds", "--db", db, "--workers", "2");
    expect(code).toBe(0);
    expect(stderr).toMatch(/skipped .*photo\.txt: .*binary/);
    expect(stderr).toMatch(/skipped .*empty\.txt: .*empty/);
    expect(stderr).toMatch(/ingest \[#+\] \d+\/\d+ [\d.]+ docs\/s ETA/);
    const added = Number(/^(\d+) documents added/m.exec(stdout)?.[1]);
    expect(added).toBeGreaterThanOrEqual(8);
    const store = EntenteStore.open(db);
    try {
      expect(store.countDocuments()).toBe(added);
      expect(store.hasDocument("copy-of-good")).toBe(true); // "good.txt" is the same text, a duplicate
      expect(store.hasDocument("cp1252")).toBe(true);
      expect(store.hasDocument("photo")).toBe(false);
      expect(store.getDocument("cp1252")!.text).toMatch(/^Café owner José García said “we stay open”/);
    } finally {
      store.close();
    }
  });

  it("adds nothing when run again on the same inputs", async () => {
    const { code, stdout } = await entente("ingest", "tests/fixtures/ingest/mixed", "seeds", "--db", db, "--workers", "0");
    expect(code).toBe(0);
    expect(stdout).toMatch(/^0 documents added/m);
  });

  it("exits non-zero only when nothing could be ingested", async () => {
    const bad = await entente("ingest", "tests/fixtures/ingest/mixed/photo.txt", "--db", join(dir, "bad.db"));
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/photo\.txt/);
    expect((await entente("ingest", "--db", join(dir, "none.db"))).code).toBe(2);
    expect((await entente("ingest", "seeds", "--workers", "many", "--db", join(dir, "x.db"))).code).toBe(2);
  });
});
