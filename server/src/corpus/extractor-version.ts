/**
 * A fingerprint of the extractor: its source files and compromise's version. A
 * database records the fingerprint its mentions were extracted with; when the
 * extractor changes, stored documents are re-extracted from their stored text,
 * so an upgraded entente never shows a graph from an older extractor.
 */
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const EXTRACT_DIR = fileURLToPath(new URL("../extract/", import.meta.url));

let cached: string | undefined;

/** compromise's version, from the package.json above its entry point (its exports map hides the file). */
function compromiseVersion(): string {
  let dir = dirname(createRequire(import.meta.url).resolve("compromise"));
  while (!existsSync(join(dir, "package.json"))) dir = dirname(dir);
  return (JSON.parse(readFileSync(join(dir, "package.json"), "utf8")) as { version: string }).version;
}

export function extractorVersion(): string {
  if (cached) return cached;
  const hash = createHash("sha256");
  hash.update(`compromise ${compromiseVersion()}\n`);
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith(".ts")) hash.update(entry.name).update(readFileSync(path));
    }
  };
  walk(EXTRACT_DIR);
  cached = hash.digest("hex").slice(0, 16);
  return cached;
}
