import { describe, expect, it } from "vitest";
import { withStormNames } from "../../server/src/extract/storm-names.js";
import type { Span } from "../../server/src/extract/index.js";
import { extractDocument } from "../../server/src/extract/index.js";
import { found } from "./helpers.js";

/** A span over `word` where it occurs after `from` in `text`. */
const span = (text: string, word: string, kind: Span["kind"], from = 0, extra: Partial<Span> = {}): Span => {
  const start = text.indexOf(word, from);
  return { start, end: start + word.length, kind, label: word, sentence: 0, ...extra };
};

describe("withStormNames", () => {
  const text = "Tropical Storm Allison hit Houston. Allison flooded it, Allison Janney said.";
  it("reads the bare name of a storm the document names as a thing, and no longer-named person", () => {
    const spans = [span(text, "Tropical Storm Allison", "unknown", 0, { thing: true }), span(text, "Allison", "person", text.indexOf(".")), span(text, "Allison Janney", "person")];
    const out = withStormNames(spans);
    expect(out.map((s) => `${s.label}:${s.thing ? "thing" : s.kind}`)).toEqual(["Tropical Storm Allison:thing", "Allison:thing", "Allison Janney:person"]);
  });
  it("leaves a document without a storm as it is", () => {
    const spans = [span(text, "Allison Janney", "person")];
    expect(withStormNames(spans)).toBe(spans);
  });
});

describe("storm names through the pipeline", () => {
  it("makes no person of 'Rita' in a story about Hurricane Rita, rules alone or with the tagger", () => {
    const text = "Hurricane Rita made landfall on Saturday. Rita packed winds of 240 km/h, said Rita Smith.";
    expect(found(text)).toEqual(["person:Rita Smith -> person:rita-smith"]);
    const tagged = extractDocument({ id: "t", path: "t.txt", text }, { tagger: true });
    expect(tagged.mentions.map((m) => m.text)).toEqual(["Rita Smith"]);
  });
  it("still finds a Rita in a story with no storm of that name", () => {
    expect(found("Hurricane Ivan made landfall on Saturday. Rita Smith said Rita was safe.").map((f) => f.split(" -> ")[0])).toContain("person:Rita");
  });
});
