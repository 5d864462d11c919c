import { describe, expect, it } from "vitest";
import { explainMentions, extractCorpus, traceCorpus } from "../../server/src/extract/index.js";

describe("explainMentions (extract --explain)", () => {
  const docs = [
    { id: "a", path: "a.txt", text: "Syrian President Bashar al-Assad spoke. Mahmoud Abbas arrived. Later Mr Abbas spoke." },
    { id: "b", path: "b.txt", text: "Talks stalled. Mr Putin met Xi Jinping in Moscow." },
  ];
  const extracted = extractCorpus(docs);
  const traces = traceCorpus(docs);
  const lines = extracted.map((d, i) => explainMentions(d, traces[i]));

  it("prints one line per mention with its offsets, text, type and entity", () => {
    expect(lines.map((l) => l.length)).toEqual(extracted.map((d) => d.mentions.length));
    expect(lines[0][0]).toBe('  0-16  "Syrian President"  person  person:bashar-al-assad  type: person-title; resolve: role-holder-after');
  });
  it("names the typing rules outermost first, then the resolving rule", () => {
    expect(lines[0].find((l) => l.includes('"Bashar al-Assad"'))).toContain("type: person-title; resolve: person");
    expect(lines[0].find((l) => l.includes('"Abbas"'))).toContain("type: person-title; resolve: person-full-name");
  });
  it("names the later step that retyped a span: the tagger, or without it the people inferred by context", () => {
    expect(lines[1].find((l) => l.includes('"Xi Jinping"'))).toContain("type: unknown > tagger");
    const rules = extractCorpus(docs, { tagger: false });
    const rulesTraces = traceCorpus(docs, { tagger: false });
    expect(explainMentions(rules[1], rulesTraces[1]).find((l) => l.includes('"Xi Jinping"'))).toContain("type: unknown > infer-persons");
  });
  it("matches the trace of the very run it explains", () => {
    expect(traces[0].typed.map((d) => d.rule)).toContain("person-title");
    expect(traces[1].resolved.every((d) => d.start < d.end)).toBe(true);
  });
});
