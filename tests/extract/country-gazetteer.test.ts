import { describe, expect, it } from "vitest";
import { isCapitalCity, lookupCountry, lookupDemonym } from "../../server/src/extract/country-gazetteer.js";

describe("country gazetteer", () => {
  it("maps U.S., US, USA, United States and America to one country", () => {
    for (const name of ["U.S.", "US", "USA", "United States", "the United States", "America", "United States of America"]) {
      expect(lookupCountry(name)).toBe("United States");
    }
  });
  it("maps United Kingdom, UK, U.K., Britain and Great Britain to one country", () => {
    for (const name of ["United Kingdom", "UK", "U.K.", "Britain", "Great Britain"]) expect(lookupCountry(name)).toBe("United Kingdom");
  });
  it("knows official names and alternative spellings", () => {
    expect(lookupCountry("Russian Federation")).toBe("Russia");
    expect(lookupCountry("Hashemite Kingdom of Jordan")).toBe("Jordan");
    expect(lookupCountry("Turkey")).toBe("Turkey");
  });
  it("maps demonyms, plural ones included, to their country", () => {
    expect(lookupDemonym("Russian")).toBe("Russia");
    expect(lookupDemonym("Iraqis")).toBe("Iraq");
    expect(lookupDemonym("British")).toBe("United Kingdom");
  });
  it("gives a demonym shared with a territory to the country ('Indian' is India, not the British Indian Ocean Territory)", () => {
    expect(lookupDemonym("Indian")).toBe("India");
    expect(lookupDemonym("Indians")).toBe("India");
    expect(lookupDemonym("American")).toBe("United States");
    expect(lookupDemonym("French")).toBe("France");
    expect(lookupDemonym("Norwegian")).toBe("Norway");
    expect(lookupDemonym("Dominican")).toBe("Dominican Republic");
  });
  it("never reads a city as a country", () => {
    for (const city of ["Beijing", "Moscow", "Samarkand", "Washington", "Baghdad"]) expect(lookupCountry(city)).toBeUndefined();
    expect(isCapitalCity("Moscow")).toBe(true);
    expect(isCapitalCity("Singapore")).toBe(false); // a city-state is its country
  });
  it("ignores two-letter codes that are English words", () => {
    expect(lookupCountry("IN")).toBeUndefined();
    expect(lookupCountry("IT")).toBeUndefined();
  });
  it("ignores alternative spellings that English text uses for a word or a name ('Island', 'Mann')", () => {
    expect(lookupCountry("Island")).toBeUndefined();
    expect(lookupCountry("Mann")).toBeUndefined();
    expect(lookupCountry("Iceland")).toBe("Iceland");
    expect(lookupCountry("Holland")).toBe("Netherlands");
  });
});
