/** How the tagger's names join the rules' spans: proposals, retyped runs, and acronyms typed by their capitals alone. */
import { describe, expect, it } from "vitest";
import { isShapeOnlyAcronym, spelledInitials, withTaggerSpans } from "../../server/src/extract/tagger-spans.js";
import { splitSentences } from "../../server/src/extract/index.js";
import { peoplesWord } from "../../server/src/extract/classify/index.js";
import type { Span } from "../../server/src/extract/index.js";
import type { TaggedSpan } from "../../server/src/extract/tagger/index.js";

/** The rule span over the first occurrence of `word` in `text`. */
function spanOf(text: string, word: string, kind: Span["kind"], label = word): Span {
  const start = text.indexOf(word);
  return { start, end: start + word.length, kind, label, sentence: 0 };
}

function taggedOf(text: string, word: string, type: TaggedSpan["type"], score = 0.9): TaggedSpan {
  const start = text.indexOf(word);
  return { start, end: start + word.length, type, score };
}

describe("isShapeOnlyAcronym", () => {
  it("is true for a lone word in capitals that no list knows and no name spells", () => {
    const text = "PLZ send the GISB forms.";
    expect(isShapeOnlyAcronym(text, spanOf(text, "PLZ", "organization"), new Set())).toBe(true);
    expect(isShapeOnlyAcronym(text, spanOf(text, "GISB", "organization"), new Set())).toBe(true);
  });
  it("is false for a listed body, a company compromise lists, or an acronym a name of the document spells", () => {
    const text = "NATO and NASDAQ met the Houston Pipe Line team; HPL agreed.";
    expect(isShapeOnlyAcronym(text, spanOf(text, "NATO", "organization"), new Set())).toBe(false);
    expect(isShapeOnlyAcronym(text, spanOf(text, "NASDAQ", "organization"), new Set())).toBe(false);
    const longForm = spanOf(text, "Houston Pipe Line", "organization");
    expect(isShapeOnlyAcronym(text, spanOf(text, "HPL", "organization"), spelledInitials([longForm]))).toBe(false);
    expect(isShapeOnlyAcronym(text, spanOf(text, "HPL", "organization"), new Set())).toBe(true);
  });
  it("is false for names of several words and for other types", () => {
    const text = "CJTF OIR said. Ms SMITH left.";
    expect(isShapeOnlyAcronym(text, spanOf(text, "CJTF OIR", "organization"), new Set())).toBe(false);
    expect(isShapeOnlyAcronym(text, spanOf(text, "SMITH", "person"), new Set())).toBe(false);
  });
});

describe("withTaggerSpans", () => {
  it("drops a shape-only acronym the tagger finds nothing over, and keeps it where the tagger names it", () => {
    const text = "PLZ call ZORBEX today.";
    const spans = [spanOf(text, "PLZ", "organization"), spanOf(text, "ZORBEX", "organization")];
    const out = withTaggerSpans(text, splitSentences(text), spans, undefined, [taggedOf(text, "ZORBEX", "organization")]);
    expect(out.map((s) => s.label)).toEqual(["ZORBEX"]);
  });
  it("keeps every other typed rule span, even where the tagger disagrees or is silent", () => {
    const text = "NATO met Jane Doe.";
    const spans = [spanOf(text, "NATO", "organization"), spanOf(text, "Jane Doe", "person")];
    const out = withTaggerSpans(text, splitSentences(text), spans, undefined, [taggedOf(text, "Jane Doe", "organization")]);
    expect(out.map((s) => [s.label, s.kind])).toEqual([["NATO", "organization"], ["Jane Doe", "person"]]);
  });
  it("types an untyped run from the proposal over it and adds a name no rule span overlaps", () => {
    const text = "Quorvane Analytics hired Tamsin Ardleigh.";
    const spans = [spanOf(text, "Quorvane Analytics", "unknown")];
    const tagged = [taggedOf(text, "Quorvane Analytics", "organization"), taggedOf(text, "Tamsin Ardleigh", "person")];
    const out = withTaggerSpans(text, splitSentences(text), spans, undefined, tagged);
    expect(out.map((s) => [s.label, s.kind])).toEqual([["Quorvane Analytics", "organization"], ["Tamsin Ardleigh", "person"]]);
    expect(out.every((s) => s.proposed)).toBe(true);
  });
  it("lets the rules type a proposal the candidate finder missed, and drop one they read as a thing's acronym", () => {
    const text = "He sold PCs to Quorvane Analytics.";
    const tagged = [taggedOf(text, "PCs", "organization"), taggedOf(text, "Quorvane Analytics", "organization")];
    const typeRange = (start: number, end: number) =>
      text.slice(start, end) === "PCs" ? { spans: [], rule: "thing-acronym" } : { spans: [{ start, end, kind: "person" as const, label: text.slice(start, end), sentence: 0 }], rule: "person-tagged" };
    const out = withTaggerSpans(text, splitSentences(text), [], typeRange, tagged);
    expect(out.map((s) => [s.label, s.kind, s.proposed])).toEqual([["Quorvane Analytics", "person", undefined]]);
  });
  it("leaves a sentence opener that reads as an ordinary word untyped, and types one that does not", () => {
    const text = "Civilians fled. Quorvane sold.";
    const opener = (word: string): Span => ({ ...spanOf(text, word, "unknown"), opener: true });
    const tagged = [taggedOf(text, "Civilians", "person"), taggedOf(text, "Quorvane", "organization")];
    const out = withTaggerSpans(text, splitSentences(text), [opener("Civilians"), opener("Quorvane")], undefined, tagged);
    expect(out.map((s) => [s.label, s.kind])).toEqual([["Civilians", "unknown"], ["Quorvane", "organization"]]);
  });
  it("ignores a proposal below the confidence threshold", () => {
    const text = "Quorvane Analytics hired Tamsin Ardleigh.";
    const out = withTaggerSpans(text, splitSentences(text), [], undefined, [taggedOf(text, "Tamsin Ardleigh", "person", 0.2)]);
    expect(out).toEqual([]);
  });
  it("lets a country read at the start of a run grow into the organization the tagger reads there", () => {
    const text = "The Bangladesh Scouts met in Dhaka.";
    const out = withTaggerSpans(text, splitSentences(text), [spanOf(text, "Bangladesh", "country", "Bangladesh")], undefined, [taggedOf(text, "Bangladesh Scouts", "organization")]);
    expect(out.map((s) => `${s.kind}:${s.label}`)).toEqual(["organization:Bangladesh Scouts"]);
  });
  it("grows over untyped words of a party's name ('Australian Greens')", () => {
    const text = "The Australian Greens won two seats.";
    const spans = [spanOf(text, "Australian", "country", "Australia"), spanOf(text, "Greens", "unknown")];
    const out = withTaggerSpans(text, splitSentences(text), spans, undefined, [taggedOf(text, "Australian Greens", "organization")]);
    expect(out.map((s) => `${s.kind}:${s.label}`)).toEqual(["organization:Australian Greens"]);
  });
  it("keeps the country before one untyped name ('American Dent', a person the corpus may know)", () => {
    const text = "American Dent won in Adelaide.";
    const spans = [spanOf(text, "American", "country", "United States"), spanOf(text, "Dent", "unknown")];
    const out = withTaggerSpans(text, splitSentences(text), spans, undefined, [taggedOf(text, "American Dent", "organization")]);
    expect(out.map((s) => `${s.kind}:${s.label}`)).toEqual(["country:United States", "unknown:Dent"]);
  });
  it("keeps the country where the tagger's organization runs on past a lowercase word ('the U.S. and Europe')", () => {
    const text = "Beijing is in conflict with the U.S. and Europe now.";
    const out = withTaggerSpans(text, splitSentences(text), [spanOf(text, "U.S.", "country", "United States")], undefined, [taggedOf(text, "U.S. and Europe", "organization")]);
    expect(out.map((s) => `${s.kind}:${s.label}`)).toEqual(["country:United States"]);
  });
  it("keeps the country where the rules typed words after it, or the tagger reads a person", () => {
    const text = "Russian Roman Abramovich bought it.";
    const spans = [spanOf(text, "Russian", "country", "Russia"), spanOf(text, "Roman Abramovich", "person")];
    const asOrganization = withTaggerSpans(text, splitSentences(text), spans, undefined, [taggedOf(text, "Russian Roman Abramovich", "organization")]);
    expect(asOrganization.map((s) => `${s.kind}:${s.label}`)).toEqual(["country:Russia", "person:Roman Abramovich"]);
    const alone = [spanOf(text, "Russian", "country", "Russia")];
    const asPerson = withTaggerSpans(text, splitSentences(text), alone, undefined, [taggedOf(text, "Russian Roman Abramovich", "person")]);
    expect(asPerson[0]).toMatchObject({ kind: "country", label: "Russia" });
  });
  it("drops a proposal the rules read as a kind of people ('Shiites'), as it drops a thing's acronym", () => {
    const text = "They elevated the Shiites and Kurds.";
    const typeRange = (start: number, end: number) => ({ spans: [], rule: /Shiites|Kurds/.test(text.slice(start, end)) ? peoplesWord.id : "unknown-name" });
    const out = withTaggerSpans(text, splitSentences(text), [], typeRange, [taggedOf(text, "Shiites", "organization"), taggedOf(text, "Kurds", "organization")]);
    expect(out).toEqual([]);
  });
});
