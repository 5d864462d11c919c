/** The merges issue 3 lists, checked on the real seed articles. */
import { describe, expect, it } from "vitest";
import { readInputs } from "../../server/src/ingest/index.js";
import { extractCorpus } from "../../server/src/extract/index.js";
import type { ExtractedDocument } from "../../server/src/types.js";

const docs: ExtractedDocument[] = extractCorpus(readInputs(["seeds"]).documents);
const mentions = docs.flatMap((d) => d.mentions.map((m) => ({ ...m, doc: d })));
/** Entity ids of the mentions whose text is exactly `surface`. */
const idsOf = (surface: string): Set<string> => new Set(mentions.filter((m) => m.text === surface).map((m) => m.entity));
const entity = (id: string) => docs.find((d) => d.entities[id])?.entities[id];

describe("extraction on the seeds", () => {
  it("reads all five seed articles", () => {
    expect(docs).toHaveLength(5);
  });
  it("merges 'Putin', 'Mr. Putin' and 'President Vladimir Putin' into Vladimir Putin", () => {
    expect(idsOf("Putin")).toEqual(new Set(["person:vladimir-putin"]));
    expect(idsOf("Vladimir Putin")).toEqual(new Set(["person:vladimir-putin"]));
    const titled = mentions.filter((m) => /^(Mr\.|President) (Vladimir )?Putin/.test(m.doc.text.slice(m.start - 10, m.end).replace(/^.*?(Mr\.|President)/, "$1")));
    expect(titled.length).toBeGreaterThan(0);
    expect(new Set(titled.map((m) => m.entity))).toEqual(new Set(["person:vladimir-putin"]));
    expect(entity("person:vladimir-putin")?.label).toBe("Vladimir Putin");
  });
  it("merges 'Xi', 'Xi Jinping' and 'President Xi' into Xi Jinping", () => {
    expect(idsOf("Xi")).toEqual(new Set(["person:xi-jinping"]));
    expect(idsOf("Xi Jinping")).toEqual(new Set(["person:xi-jinping"]));
    expect(entity("person:xi-jinping")?.aliases).toEqual(expect.arrayContaining(["Xi", "Xi Jinping"]));
  });
  it("merges 'U.S.', 'US', 'United States' and 'America' into the United States", () => {
    for (const s of ["U.S.", "US", "United States", "America"]) expect(idsOf(s)).toEqual(new Set(["country:united-states"]));
  });
  it("merges 'SCO' and 'Shanghai Cooperation Organization' into one organization", () => {
    expect(idsOf("SCO")).toEqual(new Set(["organization:shanghai-cooperation-organization"]));
    expect(idsOf("Shanghai Cooperation Organization")).toEqual(new Set(["organization:shanghai-cooperation-organization"]));
  });
  it("reads 'Russia-Ukraine war' as mentions of both Russia and Ukraine", () => {
    const d = docs.find((x) => x.text.includes("Russia-Ukraine war"))!;
    const at = d.text.indexOf("Russia-Ukraine war");
    const here = d.mentions.filter((m) => m.start >= at && m.end <= at + "Russia-Ukraine".length).map((m) => m.entity);
    expect(here).toEqual(["country:russia", "country:ukraine"]);
  });
  it("reads 'Kazakhstan, Kyrgyzstan, Tajikistan' as three countries", () => {
    const d = docs.find((x) => x.text.includes("Kazakhstan, Kyrgyzstan, Tajikistan"))!;
    const at = d.text.indexOf("Kazakhstan, Kyrgyzstan, Tajikistan");
    const here = d.mentions.filter((m) => m.start >= at && m.end <= at + 34).map((m) => m.entity);
    expect(here).toEqual(["country:kazakhstan", "country:kyrgyzstan", "country:tajikistan"]);
  });
  it("reads the White House as an organization", () => {
    expect(idsOf("White House")).toEqual(new Set(["organization:white-house"]));
    expect(mentions.some((m) => m.type !== "organization" && m.text.includes("White House"))).toBe(false);
  });
  it("never reads a city as a country", () => {
    for (const city of ["Beijing", "Moscow", "Samarkand", "Washington", "Kyiv"]) {
      expect(mentions.filter((m) => m.text === city && m.type === "country")).toEqual([]);
      expect(entity(`country:${city.toLowerCase()}`)).toBeUndefined();
    }
  });
  it("keeps every mention's text at its offsets, inside its sentence", () => {
    for (const m of mentions) {
      expect(m.doc.text.slice(m.start, m.end)).toBe(m.text);
      const s = m.doc.sentences[m.sentence];
      expect(m.start).toBeGreaterThanOrEqual(s.start);
      expect(m.end).toBeLessThanOrEqual(s.end);
    }
  });
  it("finds no person 'Putin-Xi', 'Will' or 'He', and no organization 'Sino-Russian'", () => {
    for (const s of ["Putin-Xi", "Will", "He"]) expect(mentions.filter((m) => m.text === s && m.type === "person")).toEqual([]);
    expect(mentions.filter((m) => m.text.startsWith("Sino") && m.type === "organization")).toEqual([]);
    expect(idsOf("U.S. President")).toEqual(new Set(["person:joe-biden"]));
  });
  it("gives persons clean labels without titles, quotes or possessives", () => {
    const labels = docs.flatMap((d) => Object.values(d.entities)).map((e) => e.label);
    for (const l of labels) expect(l).not.toMatch(/^(Mr\.?|President|Prime Minister)\s|['’]s$|[“”",.;:]$/);
  });
});
