import { copyFileSync, mkdirSync, symlinkSync, writeFileSync } from "node:fs";
import { basename, join } from "node:path";
import { describe, expect, it } from "vitest";
import { contentHash, listInputFiles, readInputs } from "../../server/src/ingest/index.js";
import { MIXED, withScratch } from "./fixtures.js";

describe("listInputFiles", () => {
  it("walks folders recursively in name order, skipping dotfiles and unknown extensions", () => {
    const { files } = listInputFiles([MIXED]);
    expect(files.map((f) => f.slice(MIXED.length + 1))).toEqual([
      "blank.md",
      "copy-of-good.txt",
      "cp1252.txt",
      "empty.txt",
      "good.txt",
      "nested/bom.txt",
      "nested/deeper/story.md",
      "photo.txt",
    ]);
  });

  it("reads a file named explicitly whatever its extension", () => {
    expect(listInputFiles([join(MIXED, "ignored.csv")]).files).toEqual([join(MIXED, "ignored.csv")]);
  });
});

describe("readInputs", () => {
  it("finds documents in nested folders", () => {
    const story = readInputs([MIXED]).documents.find((d) => d.id === "story");
    expect(story).toMatchObject({ title: "Deep Story", path: "mixed/nested/deeper/story.md", file: join(MIXED, "nested/deeper/story.md") });
  });

  it("skips a file whose text differs only in whitespace from an earlier one, as a duplicate of it", () => {
    const { documents, skipped } = readInputs([MIXED]);
    expect(documents.filter((d) => d.text.includes("grain exports"))).toHaveLength(1);
    expect(skipped).toContainEqual({ path: join(MIXED, "good.txt"), kind: "duplicate", reason: "duplicate of copy-of-good" });
  });

  it("recognises a duplicate across formats and gives each document the hash of its text", () => {
    withScratch((dir) => {
      const text = "Narendra Modi met Anthony Albanese in Sydney.";
      writeFileSync(join(dir, "a.txt"), text);
      writeFileSync(join(dir, "b.jsonl"), JSON.stringify({ id: "wire-9", text: `  ${text}\n` }) + "\n");
      const { documents, skipped } = readInputs([dir]);
      expect(documents).toEqual([expect.objectContaining({ id: "a", hash: contentHash(text) })]);
      expect(skipped).toEqual([expect.objectContaining({ kind: "duplicate", reason: "duplicate of a" })]);
    });
  });

  it("skips a second document with an id already used in the batch, saying which file has it", () => {
    withScratch((dir) => {
      mkdirSync(join(dir, "monday"));
      mkdirSync(join(dir, "tuesday"));
      writeFileSync(join(dir, "monday/news.txt"), "Olaf Scholz visited Poland.");
      writeFileSync(join(dir, "tuesday/news.txt"), "Giorgia Meloni visited Tunisia.");
      const { documents, skipped } = readInputs([dir]);
      expect(documents.map((d) => d.path)).toEqual([`${basename(dir)}/monday/news.txt`]);
      expect(skipped).toEqual([expect.objectContaining({ path: join(dir, "tuesday/news.txt"), kind: "duplicate-id" })]);
      expect(skipped[0].reason).toContain(join(dir, "monday/news.txt"));
    });
  });

  it("walks a symlinked folder loop once", () => {
    withScratch((dir) => {
      mkdirSync(join(dir, "a"));
      copyFileSync(join(MIXED, "good.txt"), join(dir, "a/good.txt"));
      // A link inside a, pointing back to the folder that holds a.
      symlinkSync(dir, join(dir, "a/back"));
      expect(readInputs([dir]).documents.map((d) => d.id)).toEqual(["good"]);
    });
  });
});

describe("paths as stored", () => {
  it("are relative to the input named, never absolute: folder name and path inside it, or a file's base name", () => {
    withScratch((dir) => {
      mkdirSync(join(dir, "corpus/day-1"), { recursive: true });
      writeFileSync(join(dir, "corpus/day-1/a.txt"), "Olaf Scholz visited Poland.");
      writeFileSync(join(dir, "b.txt"), "Giorgia Meloni visited Tunisia.");
      const { documents } = readInputs([join(dir, "corpus"), join(dir, "b.txt")]);
      expect(documents.map((d) => d.path)).toEqual(["corpus/day-1/a.txt", "b.txt"]);
      expect(documents[0].file).toBe(join(dir, "corpus/day-1/a.txt"));
    });
  });
});
