/** `serve` and `ingest` refuse a read-only or damaged database at start: one line naming the file, exit code 1, no stack. */
import { execFile } from "node:child_process";
import { chmodSync, closeSync, existsSync, mkdtempSync, openSync, readFileSync, statSync, writeSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { EntenteStore } from "../../server/src/store/index.js";
import { handBuiltDocument } from "../store/helpers.js";

const run = promisify(execFile);
const dir = mkdtempSync(join(tmpdir(), "entente-db-errors-"));
const PAGE = 4096;

async function entente(...args: string[]) {
  try {
    const { stderr } = await run(process.execPath, ["--import", "tsx", "server/src/cli/index.ts", ...args], { timeout: 60_000 });
    return { code: 0, stderr };
  } catch (err) {
    const e = err as { code: number; stderr: string };
    return { code: e.code, stderr: e.stderr };
  }
}

/** A small valid database with a few documents; closed, so its WAL is folded into the file. */
function storedDatabase(name: string): string {
  const path = join(dir, name);
  const store = EntenteStore.open(path);
  for (let n = 0; n < 3; n++) store.addDocument(handBuiltDocument({ id: `doc-${n}`, hash: `hash-${n}` }));
  store.close();
  return path;
}

/** Overwrites the start of the page in the middle of the file: its b-tree header becomes garbage. */
function damageMiddlePage(path: string): void {
  const pages = Math.floor(statSync(path).size / PAGE);
  const fd = openSync(path, "r+");
  writeSync(fd, Buffer.alloc(512, 0xff), 0, 512, Math.floor(pages / 2) * PAGE);
  closeSync(fd);
}

/** The failure as a user sees it: exactly one line, naming the file, and no stack frame. */
function expectOneLine(result: { code: number; stderr: string }, command: string, path: string, cause: RegExp): void {
  expect(result.code).toBe(1);
  expect(result.stderr.trimEnd().split("\n")).toHaveLength(1);
  expect(result.stderr).toMatch(new RegExp(`^entente ${command}: `));
  expect(result.stderr).toContain(path);
  expect(result.stderr).toMatch(cause);
  expect(result.stderr).not.toMatch(/^\s+at /m);
}

describe("a read-only database (chmod 444, refused even when running as root)", () => {
  const path = storedDatabase("read-only.db");
  chmodSync(path, 0o444);
  const before = readFileSync(path);

  it("stops serve at start", async () => {
    expectOneLine(await entente("serve", "--port", "0", "--db", path), "serve", path, /read-only/);
  });

  it("stops ingest at start, and the file is left as it was", async () => {
    expectOneLine(await entente("ingest", "seeds", "--db", path, "--workers", "0"), "ingest", path, /read-only/);
    expect(readFileSync(path).equals(before)).toBe(true);
    expect(existsSync(`${path}-wal`)).toBe(false);
  });
});

describe("a database with a damaged page", () => {
  const path = storedDatabase("damaged.db");
  damageMiddlePage(path);

  it("stops serve at start", async () => {
    expectOneLine(await entente("serve", "--port", "0", "--db", path), "serve", path, /damaged/);
  });

  it("stops ingest at start", async () => {
    expectOneLine(await entente("ingest", "seeds", "--db", path, "--workers", "0"), "ingest", path, /damaged/);
  });
});
