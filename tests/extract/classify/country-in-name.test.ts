import { describe, expect, it } from "vitest";
import { countryAirline, hyphenCountries, leadingCountry, newPlace, trailingCountry } from "../../../server/src/extract/classify/rules/country-in-name.js";
import { decidedBy, typeText } from "./helpers.js";

describe("country-in-name", () => {
  it("hyphen-countries: splits 'Russia-Ukraine' into both countries", () => {
    expect(decidedBy(hyphenCountries.example, hyphenCountries.id)).toEqual(["country:Russia + country:Ukraine"]);
    expect(decidedBy("Sino-Russian friendship grew.", hyphenCountries.id)).toEqual(["country:China + country:Russia"]);
  });
  it("hyphen-countries: leaves a hyphenated name with no country on one side", () => {
    expect(decidedBy("The Coca-Cola deal closed.", hyphenCountries.id)).toEqual([]);
  });
  it("leading-country: reads a nationality before a name as its country, and types the name alone", () => {
    expect(decidedBy(leadingCountry.example, leadingCountry.id)).toEqual(["country:Russia + person:Roman Abramovich"]);
  });
  it("leading-country: keeps only the name when demonyms are not read as countries", () => {
    const { decisions } = typeText(leadingCountry.example, false);
    expect(decisions.filter((d) => d.rule === leadingCountry.id).map((d) => d.spans.map((s) => s.label))).toEqual([["Roman Abramovich"]]);
  });
  it("leading-country: leaves a first name spelled like a country ('Dominique Bussereau')", () => {
    expect(decidedBy("Dominique Bussereau spoke.", leadingCountry.id)).toEqual([]);
  });
  it("country-airline: reads 'Air' and a country as the airline, not the country", () => {
    expect(decidedBy(countryAirline.example, countryAirline.id)).toEqual(["organization:Air France"]);
    expect(decidedBy("He flew Air New Zealand home.", countryAirline.id)).toEqual(["organization:Air New Zealand"]);
  });
  it("country-airline: leaves 'Air' before anything but a country", () => {
    expect(decidedBy("The Air Force struck.", countryAirline.id)).toEqual([]);
  });
  it("new-place: drops 'New Jersey', a place named after a country", () => {
    expect(decidedBy(newPlace.example, newPlace.id)).toEqual(["[]"]);
  });
  it("new-place: leaves 'New Zealand', a country of its own", () => {
    expect(decidedBy("She moved to New Zealand.", newPlace.id)).toEqual([]);
  });
  it("trailing-country: reads a country after a name as the country", () => {
    expect(decidedBy(trailingCountry.example, trailingCountry.id)).toEqual(["country:Georgia"]);
  });
  it("trailing-country: leaves 'Michael Jordan', a first name and a surname", () => {
    expect(decidedBy("Michael Jordan scored.", trailingCountry.id)).toEqual([]);
  });
});
