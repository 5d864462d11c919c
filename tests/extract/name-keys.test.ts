import { describe, expect, it } from "vitest";
import { looksLikePersonName, matchKeys } from "../../server/src/extract/name-keys.js";

describe("matchKeys", () => {
  it("keys a full name by its first and last words, past a generational suffix", () => {
    expect(matchKeys("Vladimir Putin")).toEqual(["vladimir", "putin"]);
    expect(matchKeys("Charles H. Keating IV")).toEqual(["charles", "keating"]);
    expect(matchKeys("Haider al-Abadi")).toEqual(["haider", "al-abadi", "abadi"]);
  });
  it("does not key a name by an ordinary first word ('New Yorker Dick Morris')", () => {
    expect(matchKeys("New Yorker Dick Morris")).toEqual(["morris"]);
  });
});

describe("looksLikePersonName", () => {
  it("accepts people's names, a common surname after a known first name included", () => {
    for (const n of ["Vladimir Putin", "Gordon Brown", "Abu Jandal al-Kuwaiti", "Charles H. Keating IV"]) expect(looksLikePersonName(n), n).toBe(true);
  });
  it("rejects names with a demonym, a job noun or an ordinary first word", () => {
    for (const n of ["European Elvis", "Hollywood Reporter", "New Labour", "Putin"]) expect(looksLikePersonName(n), n).toBe(false);
  });
});
