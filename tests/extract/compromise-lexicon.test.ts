import { describe, expect, it } from "vitest";
import { extractDocument } from "../../server/src/extract/index.js";
import { isLexiconJobNoun, isLexiconOrganization, isShoutedWord } from "../../server/src/extract/compromise-lexicon.js";

describe("isShoutedWord", () => {
  it("takes ordinary words in capitals for words, not acronyms", () => {
    for (const w of ["ALSO", "SEE", "READ", "MORE", "NEW"]) expect(isShoutedWord(w), w).toBe(true);
  });
  it("leaves acronyms alone, including ones that spell a pronoun or a word compromise does not know", () => {
    for (const w of ["NATO", "CNN", "WHO", "US", "ISIL", "NAVCENT", "UNICEF", "EU"]) expect(isShoutedWord(w), w).toBe(false);
  });
});

describe("isLexiconOrganization and isLexiconJobNoun", () => {
  it("knows the companies and bodies compromise lists, whatever their case", () => {
    for (const w of ["Google", "Sony", "Oxfam", "NATO"]) expect(isLexiconOrganization(w), w).toBe(true);
    for (const w of ["Hamas", "Roberts", "London", "Analysts"]) expect(isLexiconOrganization(w), w).toBe(false);
  });
  it("knows job nouns from compromise's list, not from its guesses in context", () => {
    for (const w of ["actress", "Economist", "cook"]) expect(isLexiconJobNoun(w), w).toBe(true);
    for (const w of ["FCO", "Julia", "striker-like"]) expect(isLexiconJobNoun(w), w).toBe(false);
  });
});

describe("extraction of capitalized words", () => {
  it("does not make an organization of 'SEE ALSO:'", () => {
    const doc = extractDocument({ id: "x", path: "x", text: "SEE ALSO: Taiwan pushing for coordination with NATO\n\nThe WHO warned on Monday." });
    const ids = doc.mentions.map((m) => m.entity);
    expect(ids).not.toContain("organization:also");
    expect(ids).not.toContain("organization:see");
    expect(ids).toEqual(expect.arrayContaining(["country:taiwan", "organization:nato", "organization:who"]));
  });
});
