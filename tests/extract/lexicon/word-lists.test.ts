import { describe, expect, it } from "vitest";
import { NAME_PARTICLE_PREFIX, NAME_PARTICLES, NOMINAL_TITLES, TITLE_HEADS, TITLE_WORDS, subset, union, wordList, wordListSources, type WordListSource } from "../../../server/src/extract/lexicon/index.js";

/** Words written more than once in one hand-written list. */
function duplicates(source: WordListSource): string[] {
  const seen = new Set<string>();
  return (source.written ?? []).filter((w) => seen.has(w) || !seen.add(w));
}

/** Hand-written lists that are, word for word, part of another hand-written list: they should be derived from it. */
function copies(sources: readonly WordListSource[]): string[] {
  const written = sources.filter((s) => s.written && !s.from);
  const out: string[] = [];
  for (const a of written) {
    for (const b of written) {
      if (a !== b && a.words.size > 1 && a.words.size <= b.words.size && [...a.words].every((w) => b.words.has(w))) out.push(`${a.name} is a copy of part of ${b.name}`);
    }
  }
  return out;
}

describe("word lists (lexicon/)", () => {
  const sources = wordListSources();

  it("has no word written twice in a list", () => {
    expect(sources.length).toBeGreaterThan(30);
    expect(sources.flatMap((s) => duplicates(s).map((w) => `${s.name}: ${w}`))).toEqual([]);
  });
  it("has no hand-written list that copies part of another instead of deriving from it", () => {
    expect(copies(sources)).toEqual([]);
  });
  it("catches a duplicate word and a hand copy, and lets a derived part through", () => {
    const heads = { name: "heads", written: ["chief", "major", "chief"], words: new Set(["chief", "major"]) };
    expect(duplicates(heads)).toEqual(["chief"]);
    const whole = { name: "whole", written: ["chief", "major", "deputy"], words: new Set(["chief", "major", "deputy"]) };
    expect(copies([heads, whole])).toEqual(["heads is a copy of part of whole"]);
    const derived = { ...heads, from: ["whole"] };
    expect(copies([derived, whole])).toEqual([]);
  });
  it("derives the title heads from the title words' parts, so every head is a title word", () => {
    expect(sources.find((s) => s.name === "title-heads")?.from).toEqual(["courtesy-titles", "office-titles", "plural-titles"]);
    expect([...TITLE_HEADS].filter((w) => !TITLE_WORDS.has(w))).toEqual([]);
    expect(TITLE_WORDS.has("foreign") && !TITLE_HEADS.has("foreign")).toBe(true);
    expect(NOMINAL_TITLES.has("secretary") && !NOMINAL_TITLES.has("mr")).toBe(true);
  });
  it("builds the particle pattern from the particle list", () => {
    for (const p of NAME_PARTICLES) expect(NAME_PARTICLE_PREFIX.test(`${p}-abadi`)).toBe(true);
    expect(NAME_PARTICLE_PREFIX.test("alabadi")).toBe(false);
  });
  it("refuses a subset that takes words its whole does not have", () => {
    const verbs = wordList("test-verbs", ["met", "told"]);
    expect(() => subset("test-part", verbs, ["told", "phoned"])).toThrow(/phoned/);
    expect([...union("test-union", verbs, wordList("test-more", ["met", "hosted"]))]).toEqual(["met", "told", "hosted"]);
  });
});
