import { execFile } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { startServer } from "../../server/src/api/index.js";

const run = promisify(execFile);
const dir = mkdtempSync(join(tmpdir(), "entente-serve-"));

async function serve(...args: string[]) {
  try {
    await run(process.execPath, ["--import", "tsx", "server/src/cli/index.ts", "serve", ...args], { timeout: 60_000 });
    return { code: 0, stderr: "" };
  } catch (err) {
    const e = err as { code: number; stderr: string };
    return { code: e.code, stderr: e.stderr };
  }
}

describe("entente serve", () => {
  it("says in one line, without a stack trace, that the port is taken", async () => {
    const other = await startServer({ port: 0, db: ":memory:", workers: 0 });
    try {
      const port = new URL(other.url).port;
      const { code, stderr } = await serve("--port", port, "--db", join(dir, "a.db"));
      expect(code).toBe(1);
      expect(stderr).toMatch(/^entente serve: the port is already in use .*choose another with --port\n$/);
    } finally {
      await other.close();
    }
  });

  it("refuses a file that is not a database, naming it", async () => {
    const bad = join(dir, "notes.db");
    writeFileSync(bad, "these are my notes, not a database\n".repeat(20));
    const { code, stderr } = await serve("--port", "0", "--db", bad);
    expect(code).toBe(1);
    expect(stderr).toContain(bad);
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  it("rejects a bad port or window as a usage error", async () => {
    expect((await serve("--port", "99999")).code).toBe(2);
    expect((await serve("--window", "page", "--db", join(dir, "b.db"))).code).toBe(2);
  });
});
