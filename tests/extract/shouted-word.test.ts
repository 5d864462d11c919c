import { describe, expect, it } from "vitest";
import { extractDocument } from "../../server/src/extract/index.js";
import { isShoutedWord } from "../../server/src/extract/shouted-word.js";

describe("isShoutedWord", () => {
  it("takes ordinary words in capitals for words, not acronyms", () => {
    for (const w of ["ALSO", "SEE", "READ", "MORE", "NEW"]) expect(isShoutedWord(w), w).toBe(true);
  });
  it("leaves acronyms alone, including ones that spell a pronoun or a word compromise does not know", () => {
    for (const w of ["NATO", "CNN", "WHO", "US", "ISIL", "NAVCENT", "UNICEF", "EU"]) expect(isShoutedWord(w), w).toBe(false);
  });
});

describe("extraction of capitalized words", () => {
  it("does not make an organization of 'SEE ALSO:'", () => {
    const doc = extractDocument({ id: "x", source: "x", text: "SEE ALSO: Taiwan pushing for coordination with NATO\n\nThe WHO warned on Monday." });
    const ids = doc.mentions.map((m) => m.entity);
    expect(ids).not.toContain("organization:also");
    expect(ids).not.toContain("organization:see");
    expect(ids).toEqual(expect.arrayContaining(["country:taiwan", "organization:nato", "organization:who"]));
  });
});
