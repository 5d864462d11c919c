import { describe, expect, it } from "vitest";
import { cleanLabel, cleanPersonName } from "../../server/src/extract/clean-label.js";

describe("cleanLabel", () => {
  it("trims quotes, possessives and trailing punctuation", () => {
    expect(cleanLabel("“Russia’s")).toBe("Russia");
    expect(cleanLabel("Kirby,")).toBe("Kirby");
    expect(cleanLabel("'Hezbollah'")).toBe("Hezbollah");
  });
  it("keeps the stops of an abbreviation", () => {
    expect(cleanLabel("U.S.")).toBe("U.S.");
  });
  it("drops a leading 'the' and collapses whitespace", () => {
    expect(cleanLabel("the  White\nHouse")).toBe("White House");
  });
});

describe("cleanPersonName", () => {
  it("drops titles before a name", () => {
    expect(cleanPersonName("President Vladimir Putin")).toBe("Vladimir Putin");
    expect(cleanPersonName("Mr. Putin")).toBe("Putin");
    expect(cleanPersonName("Prime Minister Haider al-Abadi")).toBe("Haider al-Abadi");
  });
  it("drops honours and offices written after a name", () => {
    expect(cleanPersonName("Ken Macdonald QC")).toBe("Ken Macdonald");
    expect(cleanPersonName("Diane Abbott MP,")).toBe("Diane Abbott");
    expect(cleanPersonName("Jane Smith OBE")).toBe("Jane Smith");
  });
  it("keeps a name that is only a name", () => {
    expect(cleanPersonName("Xi Jinping")).toBe("Xi Jinping");
  });
});
