import { copyFileSync, mkdirSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readInputs, readTextDocument, UnreadableInputError } from "../../server/src/ingest/index.js";
import { MIXED, withScratch } from "./fixtures.js";

describe("bad input beside good input", () => {
  const { documents, skipped } = readInputs([MIXED]);
  const kindOf = (name: string) => skipped.find((s) => s.path === join(MIXED, name))?.kind;

  it("reports a binary file renamed .txt by name and skips it", () => {
    expect(kindOf("photo.txt")).toBe("binary");
    expect(skipped.find((s) => s.kind === "binary")?.reason).toMatch(/binary/);
  });

  it("reports an empty file and a whitespace-only file", () => {
    expect(kindOf("empty.txt")).toBe("empty");
    expect(kindOf("blank.md")).toBe("empty");
  });

  it("still reads the good files beside them", () => {
    expect(documents.map((d) => d.id)).toEqual(expect.arrayContaining(["copy-of-good", "cp1252", "bom", "story"]));
  });

  it("decodes a file that is not UTF-8 as Windows-1252, accents and curly quotes included", () => {
    const doc = documents.find((d) => d.id === "cp1252");
    expect(doc?.text).toBe("Café owner José García said “we stay open” – Spain’s economy minister agreed.\n");
    expect(kindOf("cp1252.txt")).toBeUndefined();
  });

  it("strips a UTF-8 byte order mark", () => {
    const doc = documents.find((d) => d.id === "bom");
    expect(doc?.text.startsWith("BOM Headline")).toBe(true);
    expect(doc?.title).toBe("BOM Headline");
  });
});

describe("files that cannot be read", () => {
  it("reports a missing path and a symbolic link loop, and reads the good file beside them", () => {
    withScratch((dir) => {
      copyFileSync(join(MIXED, "good.txt"), join(dir, "good.txt"));
      symlinkSync(join(dir, "loop-b.txt"), join(dir, "loop-a.txt"));
      symlinkSync(join(dir, "loop-a.txt"), join(dir, "loop-b.txt"));
      const { documents, skipped } = readInputs([dir, join(dir, "missing.txt")]);
      expect(documents.map((d) => d.id)).toEqual(["good"]);
      expect(skipped).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ path: join(dir, "loop-a.txt"), kind: "unreadable" }),
          expect.objectContaining({ path: join(dir, "loop-b.txt"), kind: "unreadable" }),
          expect.objectContaining({ path: join(dir, "missing.txt"), kind: "missing" }),
        ]),
      );
    });
  });

  it("readTextDocument throws UnreadableInputError for a folder, a binary and an empty file", () => {
    withScratch((dir) => {
      mkdirSync(join(dir, "folder.txt"));
      const attempts = [join(dir, "folder.txt"), join(MIXED, "photo.txt"), join(MIXED, "empty.txt")];
      const kinds = attempts.map((path) => {
        try {
          readTextDocument(path);
          return "read";
        } catch (err) {
          expect(err).toBeInstanceOf(UnreadableInputError);
          return (err as UnreadableInputError).kind;
        }
      });
      expect(kinds).toEqual(["unreadable", "binary", "empty"]);
    });
  });

  it("reports a zip archive renamed .txt as binary", () => {
    withScratch((dir) => {
      // A stored-zip local header: signature, version, flags, sizes, name: NULs and control bytes.
      const zip = Buffer.from("504b0304140000000000000021000000000000000000000000000800000061727469636c652e747874", "hex");
      writeFileSync(join(dir, "archive.txt"), zip);
      expect(readInputs([dir]).skipped).toEqual([expect.objectContaining({ kind: "binary" })]);
    });
  });

  it("reports an HTML page with no visible text as empty", () => {
    withScratch((dir) => {
      writeFileSync(join(dir, "shell.html"), "<html><head><script>app()</script></head><body><nav>Home</nav></body></html>");
      expect(readInputs([dir]).skipped).toEqual([expect.objectContaining({ path: join(dir, "shell.html"), kind: "empty" })]);
    });
  });
});
