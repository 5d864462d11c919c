import { describe, expect, it } from "vitest";
import { CANDIDATE_RULES, TYPE_RULES } from "../../../server/src/extract/classify/index.js";
import { fired } from "./helpers.js";

describe("TYPE_RULES", () => {
  const rules = [...CANDIDATE_RULES, ...TYPE_RULES];

  it("names each rule once", () => {
    const ids = rules.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
  it("ends with a rule that always decides, so every range gets a type or is dropped on purpose", () => {
    expect(TYPE_RULES[TYPE_RULES.length - 1].id).toBe("unknown");
  });
  for (const rule of rules) {
    it(`${rule.id} decides its own example: ${rule.example}`, () => {
      expect(fired(rule.example)).toContain(rule.id);
    });
  }
});
