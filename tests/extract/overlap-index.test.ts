/** OverlapIndex answers what a scan of every range would, on nested, touching and disjoint ranges. */
import { describe, expect, it } from "vitest";
import { OverlapIndex, overlaps } from "../../server/src/extract/index.js";

/** A seeded stream of numbers in [0, 1), so the ranges are the same on every run. */
function random(seed: number): () => number {
  let s = seed;
  return () => ((s = (s * 1103515245 + 12345) % 2147483648) / 2147483648);
}

describe("OverlapIndex", () => {
  it("finds the ranges that share a character with the query, in order of their starts", () => {
    const index = new OverlapIndex([
      { start: 10, end: 20 },
      { start: 0, end: 100 },
      { start: 20, end: 25 },
      { start: 30, end: 31 },
    ]);
    expect(index.overlapping({ start: 19, end: 21 })).toEqual([{ start: 0, end: 100 }, { start: 10, end: 20 }, { start: 20, end: 25 }]);
    expect(index.overlapping({ start: 25, end: 30 })).toEqual([{ start: 0, end: 100 }]);
    expect(index.any({ start: 100, end: 110 })).toBe(false);
    expect(new OverlapIndex([]).any({ start: 0, end: 1 })).toBe(false);
  });
  it("agrees with a scan of every range on random ranges", () => {
    const next = random(7);
    const range = () => {
      const start = Math.floor(next() * 1000);
      return { start, end: start + 1 + Math.floor(next() * (next() < 0.1 ? 300 : 15)) };
    };
    const items = Array.from({ length: 400 }, range);
    const index = new OverlapIndex(items);
    const sorted = [...items].sort((a, b) => a.start - b.start);
    for (let i = 0; i < 500; i++) {
      const q = range();
      expect(index.overlapping(q)).toEqual(sorted.filter((r) => overlaps(r, q)));
    }
  });
});
