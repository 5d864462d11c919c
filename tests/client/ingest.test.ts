/** Preparing dropped files for POST /api/files: base64 of their bytes, batches under the body limit, dropped folders walked. */
import { describe, expect, it } from "vitest";
import { walkEntry, type EntryLike } from "../../client/src/ingest/dropped-files";
import { planUploads, toBase64 } from "../../client/src/ingest/utils";

describe("toBase64", () => {
  it("encodes bytes as Node does, NUL and high bytes included", () => {
    const bytes = new Uint8Array([0, 0x93, 0x94, 0xff, 0x41, 0x0a]);
    expect(toBase64(bytes)).toBe(Buffer.from(bytes).toString("base64"));
  });
  it("encodes a file larger than one chunk of String.fromCharCode", () => {
    const bytes = new Uint8Array(100_001).map((_, i) => i % 251);
    expect(toBase64(bytes)).toBe(Buffer.from(bytes).toString("base64"));
  });
});

describe("planUploads", () => {
  const file = (name: string, size: number) => ({ name, size });
  it("keeps the order and starts a new batch before the budget would be passed", () => {
    const { batches, tooLarge } = planUploads([file("a", 40), file("b", 50), file("c", 20), file("d", 90)], 100, 1000);
    expect(batches.map((b) => b.map((f) => f.name))).toEqual([["a", "b"], ["c"], ["d"]]);
    expect(tooLarge).toEqual([]);
  });
  it("sends a file over the batch budget alone, and sets apart one over the upload limit unread", () => {
    const { batches, tooLarge } = planUploads([file("a", 10), file("big", 150), file("huge", 5000), file("b", 10)], 100, 1000);
    expect(batches.map((b) => b.map((f) => f.name))).toEqual([["a"], ["big"], ["b"]]);
    expect(tooLarge.map((f) => f.name)).toEqual(["huge"]);
  });
});

describe("walkEntry", () => {
  /** A fake File and Directory Entries tree: a directory reader answers in batches of two, then an empty one. */
  function dir(fullPath: string, children: EntryLike[]): EntryLike {
    return {
      name: fullPath.split("/").pop()!,
      fullPath,
      isFile: false,
      isDirectory: true,
      createReader() {
        let at = 0;
        return {
          readEntries(resolve) {
            resolve(children.slice(at, at + 2));
            at += 2;
          },
        };
      },
    };
  }
  const file = (fullPath: string): EntryLike => ({
    name: fullPath.split("/").pop()!,
    fullPath,
    isFile: true,
    isDirectory: false,
    file: (resolve) => resolve(new File(["text"], fullPath.split("/").pop()!)),
  });

  it("names each file by its path within the dropped folder, in name order, dotfiles skipped", async () => {
    const tree = dir("/bbc", [file("/bbc/z.txt"), dir("/bbc/business", [file("/bbc/business/012.txt"), file("/bbc/business/001.txt")]), file("/bbc/.DS_Store"), file("/bbc/a.md")]);
    expect((await walkEntry(tree)).map((f) => f.name)).toEqual(["bbc/a.md", "bbc/business/001.txt", "bbc/business/012.txt", "bbc/z.txt"]);
  });
});
