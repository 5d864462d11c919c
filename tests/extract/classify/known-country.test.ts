import { describe, expect, it } from "vitest";
import { countryOrganAfter, countryOrganBefore, knownCountry } from "../../../server/src/extract/classify/rules/known-country.js";
import { decidedBy } from "./helpers.js";

describe("known-country", () => {
  it("country-organ-before: reads 'the government of Iraq' as the Government of Iraq and Iraq", () => {
    expect(decidedBy(countryOrganBefore.example, countryOrganBefore.id)).toEqual(["organization:Government of Iraq + country:Iraq"]);
  });
  it("country-organ-before: leaves 'the people of Iraq' to the country", () => {
    expect(decidedBy("Aid went to the people of Iraq.", countryOrganBefore.id)).toEqual([]);
  });
  it("country-organ-after: reads 'the U.S. government' as the organ and the country", () => {
    expect(decidedBy(countryOrganAfter.example, countryOrganAfter.id)).toEqual(["organization:U.S. government + country:United States"]);
  });
  it("country-organ-after: leaves 'the U.S. economy', which is no organ", () => {
    expect(decidedBy("The U.S. economy grew.", countryOrganAfter.id)).toEqual([]);
  });
  it("known-country: reads gazetteer names as countries", () => {
    expect(decidedBy(knownCountry.example, knownCountry.id)).toEqual(["country:Russia", "country:China"]);
  });
  it("known-country: leaves a name that only starts with a country", () => {
    expect(decidedBy("Georgia Smith sang.", knownCountry.id)).toEqual([]);
  });
});
