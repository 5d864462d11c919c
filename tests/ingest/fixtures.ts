/** Paths of the ingest fixtures, and a scratch folder helper for cases that cannot live in git. */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

export const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), "../fixtures/ingest");
export const FORMATS = join(FIXTURES, "formats");
export const MIXED = join(FIXTURES, "mixed");

/** Runs `fn` in a fresh temporary folder that is removed afterwards. */
export function withScratch<T>(fn: (dir: string) => T): T {
  const dir = mkdtempSync(join(tmpdir(), "entente-ingest-"));
  try {
    return fn(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
