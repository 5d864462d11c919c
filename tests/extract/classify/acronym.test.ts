import { describe, expect, it } from "vitest";
import { acronymOrganization, acronymRun, acronymSpelled, qualifiedAcronym, shoutedSurnames, thingAcronym } from "../../../server/src/extract/classify/rules/acronym.js";
import { decidedBy } from "./helpers.js";

describe("acronym", () => {
  it("acronym-spelled: reads a name spelled by the acronym after it as one organization", () => {
    expect(decidedBy(acronymSpelled.example, acronymSpelled.id)).toEqual(["organization:Syrian Arab Red Crescent"]);
  });
  it("acronym-spelled: leaves a name the acronym does not spell", () => {
    expect(decidedBy("The Syrian Arab Red Crescent (SRC) helped.", acronymSpelled.id)).toEqual([]);
  });
  it("thing-acronym: drops acronyms of things", () => {
    expect(decidedBy(thingAcronym.example, thingAcronym.id)).toEqual(["[]"]);
  });
  it("thing-acronym: drops the plural of a thing's acronym, not a name that ends in s", () => {
    expect(decidedBy("He sold PCs last year.", thingAcronym.id)).toEqual(["[]"]);
    expect(decidedBy("He sold DVDs last year.", thingAcronym.id)).toEqual(["[]"]);
    expect(decidedBy("He met the SDFs last year.", thingAcronym.id)).toEqual([]);
    // Members of a parliament are people, not a body, even where they speak ("MPs said").
    expect(decidedBy("The plans were unfair, MPs said.", thingAcronym.id)).toEqual(["[]"]);
  });
  it("thing-acronym: drops everyday abbreviations of phrases and roles", () => {
    expect(decidedBy("He won by KO in the third round.", thingAcronym.id)).toEqual(["[]"]);
    expect(decidedBy("Please RSVP by Friday, FYI.", thingAcronym.id)).toEqual(["[]", "[]"]);
  });
  it("thing-acronym: leaves the acronym of a group", () => {
    expect(decidedBy("Strikes hit ISIL positions.", thingAcronym.id)).toEqual([]);
  });
  it("acronym-organization: reads a lone acronym as an organization", () => {
    expect(decidedBy(acronymOrganization.example, acronymOrganization.id)).toEqual(["organization:ISIL"]);
  });
  it("acronym-organization: leaves an acronym of a thing", () => {
    expect(decidedBy("An IED exploded.", acronymOrganization.id)).toEqual([]);
  });
  it("qualified-acronym: types the qualifier and the acronym apart", () => {
    expect(decidedBy(qualifiedAcronym.example, qualifiedAcronym.id)).toEqual(["unknown:Kurdish + organization:YPG"]);
  });
  it("qualified-acronym: leaves a Roman numeral after a name", () => {
    expect(decidedBy("Charles H. Keating IV testified.", qualifiedAcronym.id)).toEqual([]);
  });
  it("acronym-run: reads a run of acronyms as one organization", () => {
    expect(decidedBy(acronymRun.example, acronymRun.id)).toEqual(["organization:CJTF OIR"]);
  });
  it("acronym-run: leaves a single acronym", () => {
    expect(decidedBy("A statement by CJTF followed.", acronymRun.id)).toEqual([]);
  });
  it("acronym-run: leaves a phrase shouted in capitals", () => {
    expect(decidedBy("Barb does an AMAZING JOB every week.", acronymRun.id)).toEqual([]);
    expect(decidedBy("KEEP UP THE GOOD WORK, we love it.", acronymRun.id)).toEqual([]);
  });
  it("shouted-surnames: reads a list of surnames in capitals as people when compromise knows one of them", () => {
    expect(decidedBy(shoutedSurnames.example, shoutedSurnames.id)).toEqual(["person:KENNEDY", "person:SOUTER", "person:GINSBURG", "person:BREYER"]);
    expect(decidedBy("SCALIA filed an opinion, in which THOMAS and ALITO joined.", shoutedSurnames.id)).toEqual(["person:THOMAS", "person:ALITO"]);
  });
  it("shouted-surnames: leaves acronyms, shouted ordinary words, a lone name and a list before the noun it qualifies", () => {
    expect(decidedBy("Shares in BP, HSBC and VODAFONE rose.", shoutedSurnames.id)).toEqual([]);
    expect(decidedBy("WE ARE OPEN, FRIENDLY AND CHEAP.", shoutedSurnames.id)).toEqual([]);
    expect(decidedBy("SCALIA filed a dissenting opinion.", shoutedSurnames.id)).toEqual([]);
    expect(decidedBy("The ISAP, ILPAP and ETHEL companies belong to OASA.", shoutedSurnames.id)).toEqual([]);
  });
});
