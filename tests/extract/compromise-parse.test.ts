import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import nlp from "compromise";
import { describe, expect, it } from "vitest";
import { nlp as built } from "../../server/src/extract/compromise-nlp.js";
import { parseWithTags } from "../../server/src/extract/compromise-parse.js";

describe("parseWithTags", () => {
  /** Each term's text, surrounding punctuation and sorted tags, sentence by sentence. */
  const shape = (doc: { document: { text: string; pre: string; post: string; tags?: Set<string> }[][] }) =>
    doc.document.map((s) => s.map((t) => [t.text, t.pre, t.post, [...(t.tags ?? [])].sort().join(",")]));

  it("parses with compromise's one-file build, the same version as the package's source entry", () => {
    expect(built).not.toBe(nlp);
    expect(built.version).toBe(nlp.version);
  });

  it("tags every term of the committed BBC-like sample exactly as the source entry's nlp(text) does, without compromise's chunks", () => {
    const dir = join(import.meta.dirname, "../fixtures/corpus-checks");
    const texts = readdirSync(dir).filter((f) => f.endsWith(".txt")).map((f) => readFileSync(join(dir, f), "utf8"));
    texts.push(`"We can't stop now," said Mr O'Neill, who'd met the U.N.'s envoy (Dr. Ana Ruiz) in São Paulo.`);
    expect(texts.length).toBeGreaterThan(10);
    for (const text of texts) {
      const full = nlp(text);
      const lite = parseWithTags(text);
      expect(shape(lite)).toEqual(shape(full));
      // The chunker is what is left out: it puts more of nlp(text)'s terms in noun, verb or other groups.
      const chunked = (doc: { document: object[][] }) => doc.document.flat().filter((t) => (t as { chunk?: string }).chunk).length;
      expect(chunked(full)).toBeGreaterThan(chunked(lite));
    }
  });
});
