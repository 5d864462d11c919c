/** Uploaded files (POST /api/files) are read exactly as the CLI reads the same files from disk; only their stored path differs. */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readInputFile, readUploads, uploadPath } from "../../server/src/ingest/index.js";
import { FORMATS } from "./fixtures.js";

describe("readUploads", () => {
  it.each(readdirSync(FORMATS).sort())("reads %s as readInputFile does", (name) => {
    const fromDisk = readInputFile(join(FORMATS, name));
    const uploaded = readUploads([{ name: `dropped/${name}`, bytes: readFileSync(join(FORMATS, name)) }]);
    const strip = <T extends { path: string }>(items: T[]) => items.map(({ path: _path, ...rest }) => rest);
    expect(strip(uploaded.documents).map(({ hash: _hash, ...d }) => d)).toEqual(strip(fromDisk.documents));
    expect(strip(uploaded.skipped)).toEqual(strip(fromDisk.skipped));
    expect(uploaded.documents.every((d) => d.path === `dropped/${name}` && d.file === undefined)).toBe(true);
  });

  it("decodes Windows-1252 bytes as the CLI does, curly quotes kept", () => {
    const bytes = Buffer.from([0x93, ...Buffer.from("Lula"), 0x94, ...Buffer.from(" met Xi Jinping in Beijing.")]);
    expect(readUploads([{ name: "cp1252.txt", bytes }]).documents[0].text).toBe("\u201cLula\u201d met Xi Jinping in Beijing.");
  });

  it("skips a second file with the same text or the same id in one batch", () => {
    const text = Buffer.from("Emmanuel Macron met Olaf Scholz in Berlin.");
    const { documents, skipped } = readUploads([
      { name: "a/story.txt", bytes: text },
      { name: "b/copy.txt", bytes: text },
      { name: "c/story.md", bytes: Buffer.from("Pedro Sanchez visited Lisbon.") },
    ]);
    expect(documents.map((d) => d.path)).toEqual(["a/story.txt"]);
    expect(skipped.map((s) => s.kind)).toEqual(["duplicate", "duplicate-id"]);
  });

  it("keeps a name inside what was dropped", () => {
    expect(uploadPath("../../etc/passwd")).toBe("etc/passwd");
    expect(uploadPath("C:\\Users\\ana\\news\\a.md")).toBe("Users/ana/news/a.md");
    expect(uploadPath("/srv/x/./y.txt")).toBe("srv/x/y.txt");
    expect(uploadPath("..")).toBe("");
  });
});
