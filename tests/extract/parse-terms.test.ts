import { describe, expect, it } from "vitest";
import { EXTRACTION_LIMITS } from "../../server/src/config.js";
import { boundChunks, parseChunks, parseTerms } from "../../server/src/extract/parse-terms.js";
import { splitSentences } from "../../server/src/extract/split-sentences.js";

/** A sentence of `clauses` clauses, each naming two people, about `clauses * 70` characters long. */
function longSentence(clauses: number): string {
  const parts = Array.from({ length: clauses }, (_, i) => `the minister met David Callam and Anna Berg in round ${i}`);
  return `In the talks ${parts.join(", ")}.`;
}

describe("boundChunks", () => {
  it("leaves ordinary news alone: no piece is cut when no sentence is longer than the bound", () => {
    const text = "Vladimir Putin met Xi Jinping in Beijing.\n\nThey signed a pact on energy and trade.";
    const sentences = splitSentences(text);
    expect(boundChunks(parseChunks(text, sentences), sentences, text)).toEqual(parseChunks(text, sentences));
  });

  it("parses a sentence longer than the bound in pieces cut after a clause, never inside a name", () => {
    const text = `Short opener here.\n\n${longSentence(30)}\n\nA closing line.`;
    const sentences = splitSentences(text);
    const pieces = boundChunks(parseChunks(text, sentences), sentences, text, 600);
    expect(pieces.length).toBeGreaterThan(3);
    for (const [a, b] of pieces) {
      expect(b - a).toBeLessThanOrEqual(600);
      expect(text.slice(a, b)).not.toMatch(/(^Callam|David$|^Berg|Anna$)/);
    }
    // Every non-space character of the text is in exactly one piece, in order.
    const covered = pieces.map(([a, b]) => text.slice(a, b)).join("").replace(/\s/g, "");
    expect(covered).toBe(text.replace(/\s/g, ""));
    // And each person is still found whole.
    const terms = parseTerms(text, sentences);
    const callams = terms.filter((t) => t.text === "Callam");
    expect(callams).toHaveLength(30);
    expect(callams.every((t) => terms[terms.indexOf(t) - 1].text === "David")).toBe(true);
  });

  it("cuts a sentence with no clause mark at whitespace, and one with no whitespace at the limit", () => {
    const names = "Aa Ba Ca Da ".repeat(200);
    const dots = ".".repeat(1500);
    for (const text of [names, dots]) {
      const sentences = splitSentences(text);
      const pieces = boundChunks(parseChunks(text, sentences), sentences, text, EXTRACTION_LIMITS.parsePieceMaxChars);
      expect(pieces.every(([a, b]) => b - a <= EXTRACTION_LIMITS.parsePieceMaxChars)).toBe(true);
      const words = pieces.map(([a, b]) => text.slice(a, b)).filter((p) => p.trim());
      expect(words.join("").replace(/\s/g, "")).toBe(text.replace(/\s/g, ""));
      // Names are cut between words: every piece starts and ends at whitespace or the text's ends.
      if (text === names) expect(pieces.filter(([a, b]) => text.slice(a, b).trim()).every(([a, b]) => (a === 0 || /\s/.test(text[a - 1]) || /\s/.test(text[a])) && (b === text.length || /\s/.test(text[b])))).toBe(true);
    }
  });
});
