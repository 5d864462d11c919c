import { describe, expect, it } from "vitest";
import { capitalCity, industryPlace, placeAfterPreposition, placeTagged } from "../../../server/src/extract/classify/rules/place.js";
import { decidedBy } from "./helpers.js";

describe("place", () => {
  it("place-after-preposition: drops a name after 'near'", () => {
    expect(decidedBy(placeAfterPreposition.example, placeAfterPreposition.id)).toEqual(["[]"]);
  });
  it("place-after-preposition: leaves a name after another preposition", () => {
    expect(decidedBy("Strikes hit Ayn Isa.", placeAfterPreposition.id)).toEqual([]);
  });
  it("capital-city: drops a capital", () => {
    expect(decidedBy(capitalCity.example, capitalCity.id)).toEqual(["[]"]);
  });
  it("capital-city: leaves a city that is no capital", () => {
    expect(decidedBy("Leaders met in Samarkand.", capitalCity.id)).toEqual([]);
  });
  it("place-tagged: drops what compromise tags as a place", () => {
    expect(decidedBy(placeTagged.example, placeTagged.id)).toEqual(["[]"]);
  });
  it("place-tagged: leaves an unknown name", () => {
    expect(decidedBy("He lives with Acme Quorb now.", placeTagged.id)).toEqual([]);
  });
});

describe("industry-place", () => {
  it("drops a place named for its industry, whatever cue comes with it", () => {
    expect(decidedBy(industryPlace.example, industryPlace.id)).toEqual(["[]"]);
    expect(decidedBy("Shares fell on Wall Street.", industryPlace.id)).toEqual(["[]"]);
  });
  it("leaves other names", () => {
    expect(decidedBy("Universal Studios backed the film.", industryPlace.id)).toEqual([]);
  });
});
