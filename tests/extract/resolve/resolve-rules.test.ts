import { describe, expect, it } from "vitest";
import { RESOLVE_RULES } from "../../../server/src/extract/resolve/index.js";
import { resolveText } from "./helpers.js";

describe("RESOLVE_RULES", () => {
  it("names each rule once", () => {
    const ids = RESOLVE_RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
  for (const rule of RESOLVE_RULES) {
    it(`${rule.id} decides its own example: ${rule.example}`, () => {
      const decisions = resolveText(rule.example, { options: rule.exampleOptions, corpus: rule.exampleCorpus });
      expect(decisions.map((d) => d.rule)).toContain(rule.id);
    });
  }
});
