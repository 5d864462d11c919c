import { describe, expect, it } from "vitest";
import { found } from "./helpers.js";

describe("classifyCandidates (type cues)", () => {
  it("reads a title as the cue for a person and leaves it out of the name", () => {
    expect(found("President Vladimir Putin spoke.")).toContain("person:Vladimir Putin -> person:vladimir-putin");
  });
  it("reads 'Secretary of State John Kerry' as the person John Kerry", () => {
    expect(found("Secretary of State John Kerry flew in.")).toContain("person:John Kerry -> person:john-kerry");
  });
  it("reads a lowercase role noun before a name as a person cue", () => {
    expect(found("White House national security spokesman John Kirby said it.")).toContain("person:John Kirby -> person:john-kirby");
  });
  it("reads organization head words, also in 'of' names", () => {
    const out = found("The Syrian Democratic Forces and the Ministry of Defence agreed.");
    expect(out).toContain("organization:Syrian Democratic Forces -> organization:syrian-democratic-forces");
    expect(out).toContain("organization:Ministry of Defence -> organization:ministry-of-defence");
  });
  it("reads the White House, the Kremlin and the Pentagon as organizations", () => {
    const out = found("The White House, the Kremlin and the Pentagon replied.");
    expect(out).toEqual(expect.arrayContaining(["organization:White House -> organization:white-house", "organization:Kremlin -> organization:kremlin", "organization:Pentagon -> organization:pentagon"]));
  });
  it("splits hyphen-joined countries", () => {
    expect(found("The Russia-Ukraine war goes on.")).toEqual(["country:Russia -> country:russia", "country:Ukraine -> country:ukraine"]);
  });
  it("reads a demonym as its country, and a demonym with a state organ as an organization", () => {
    expect(found("Russian troops moved.")).toEqual(["country:Russian -> country:russia"]);
    expect(found("They support Iraqi security forces.")).toContain("organization:Iraqi security forces -> organization:iraqi-security-forces");
  });
  it("also reads the country inside an organization's name", () => {
    expect(found("We urge the Government of Iraq to act.")).toEqual(["organization:Government of Iraq -> organization:government-of-iraq", "country:Iraq -> country:iraq"]);
  });
  it("never makes a capital city a country", () => {
    expect(found("Leaders met in Beijing, Moscow and Samarkand.").filter((m) => m.startsWith("country:"))).toEqual([]);
  });
  it("reads an acronym as an organization", () => {
    expect(found("Strikes hit ISIL positions.")).toEqual(["organization:ISIL -> organization:isil"]);
  });
  it("reads 'the Asad regime' as a regime led by the person Asad", () => {
    expect(found("Aid was blocked by the Asad regime.")).toEqual(["organization:Asad regime -> organization:asad-regime", "person:Asad -> person:asad"]);
  });
  it("drops a capitalized sentence opener with no cue", () => {
    expect(found("Photographs of the meeting circulated.")).toEqual([]);
  });
});

describe("classifyCandidates (more cues)", () => {
  it("reads an adjective compound as its countries, not as an organization", () => {
    expect(found("Sino-Russian friendship has no limit.")).toEqual(["country:Sino -> country:china", "country:Russian -> country:russia"]);
  });
  it("reads numbered units and embassies as organizations", () => {
    expect(found("Airmen from the 507th Air Refueling Wing departed.")).toEqual(["organization:507th Air Refueling Wing -> organization:507th-air-refueling-wing"]);
    expect(found("Ships sailed in the U.S. 5th Fleet area.")).toContain("organization:U.S. 5th Fleet -> organization:us-5th-fleet");
    expect(found("The U.S. Embassy made a grant.")).toContain("organization:U.S. Embassy -> organization:us-embassy");
  });
  it("reads a name as an organization from the words around it", () => {
    expect(found("The attack was claimed by Daesh.")).toEqual(["organization:Daesh -> organization:daesh"]);
    expect(found("They retook the Houthi-controlled port.")).toEqual(["organization:Houthi -> organization:houthi"]);
    expect(found("He joined the fight against Daesh.")).toEqual(["organization:Daesh -> organization:daesh"]);
  });
  it("does not read acronyms of things as organizations", () => {
    expect(found("A strike destroyed a VBIED, a UAV and an IED.")).toEqual([]);
  });
});
