import { describe, expect, it } from "vitest";
import { entityId } from "../../server/src/extract/index.js";

describe("entityId", () => {
  it("is <type>:<slug>", () => {
    expect(entityId("person", "Vladimir Putin")).toBe("person:vladimir-putin");
    expect(entityId("country", "United States")).toBe("country:united-states");
  });
  it("folds accents and drops apostrophes and stops", () => {
    expect(entityId("person", "Recep Tayyip Erdoğan")).toBe("person:recep-tayyip-erdogan");
    expect(entityId("organization", "Da’esh")).toBe("organization:daesh");
  });
  it("is URL-safe", () => {
    expect(entityId("organization", "Counter-ISIL Coalition / U.N. (Geneva)")).toMatch(/^organization:[a-z0-9-]+$/);
  });
});
