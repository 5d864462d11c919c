/** Preparing dropped files for POST /api/files: base64 of their bytes, and batches under the body limit. */
import { describe, expect, it } from "vitest";
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
