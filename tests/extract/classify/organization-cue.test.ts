import { describe, expect, it } from "vitest";
import { lexiconOrganization, lexiconPossessive, lineupClub, memberAfter, memberNoun, organizationContext, ownerBusiness, reportingOutlet, taggedOrganization } from "../../../server/src/extract/classify/rules/organization-cue.js";
import { decidedBy } from "./helpers.js";

describe("organization-cue", () => {
  it("tagged-organization: trusts compromise's Organization tag on a multi-word name", () => {
    expect(decidedBy(taggedOrganization.example, taggedOrganization.id)).toEqual(["organization:Goldman Sachs"]);
  });
  it("tagged-organization: leaves a one-word name", () => {
    expect(decidedBy("Google said profits rose.", taggedOrganization.id)).toEqual([]);
  });
  it("lexicon-organization: reads a company compromise lists as an organization", () => {
    expect(decidedBy(lexiconOrganization.example, lexiconOrganization.id)).toEqual(["organization:Google"]);
  });
  it("lexicon-organization: leaves a first name", () => {
    expect(decidedBy("Gordon said profits rose.", lexiconOrganization.id)).toEqual([]);
  });
  it("lexicon-possessive: keeps the apostrophe of a company's own name", () => {
    expect(decidedBy(lexiconPossessive.example, lexiconPossessive.id)).toEqual(["organization:McDonald's"]);
  });
  it("lexicon-possessive: leaves a person's possessive", () => {
    expect(decidedBy("Sales at Brown's fell.", lexiconPossessive.id)).toEqual([]);
  });
  it("member-after: reads a club before its boss's name as an organization", () => {
    expect(decidedBy(memberAfter.example, memberAfter.id)).toEqual(["organization:Chelsea"]);
  });
  it("member-after: reads a club before a player's position and name as an organization", () => {
    expect(decidedBy("Sale Sharks prop Andrew Sheridan was ruled out.", memberAfter.id)).toEqual(["organization:Sale Sharks"]);
    expect(decidedBy("Wasps lock Simon Shaw returns.", memberAfter.id)).toEqual(["organization:Wasps"]);
  });
  it("lineup-club: reads the bracketed names of a line-up as the players' clubs", () => {
    expect(decidedBy(lineupClub.example, lineupClub.id)).toEqual(["organization:Bath", "organization:Wasps", "organization:Sale Sharks"]);
    expect(decidedBy("Wales: G Thomas (Toulouse), T Shanklin (Cardiff), M Owen (Dragons, capt).", lineupClub.id)).toEqual(["organization:Toulouse", "organization:Cardiff", "organization:Dragons"]);
  });
  it("lineup-club: leaves one bracketed name after a person, which may be a constituency, and a cast list", () => {
    expect(decidedBy("Labour MP Tony Wright (Cannock Chase) said so.", lineupClub.id)).toEqual([]);
    // A cast list's brackets hold the actors, after full names rather than a player's initial.
    expect(decidedBy("Hosted by Rachel Maddow (Atamanuik), Chris Matthews (Adomian) and Jeb Bush (Daniel Van Kirk).", lineupClub.id)).toEqual([]);
  });
  it("member-after: leaves a name before a noun that is no member's role", () => {
    expect(decidedBy("Chelsea fans were fined.", memberAfter.id)).toEqual([]);
  });
  it("reporting-outlet: reads one word that reported as an outlet", () => {
    expect(decidedBy(reportingOutlet.example, reportingOutlet.id)).toEqual(["organization:Nikkei"]);
  });
  it("reporting-outlet: leaves a plural that opens the sentence", () => {
    expect(decidedBy("Companies reported they expect to invest more.", reportingOutlet.id)).toEqual([]);
  });
  it("organization-context: reads 'claimed by X' as an organization", () => {
    expect(decidedBy(organizationContext.example, organizationContext.id)).toEqual(["organization:Daesh"]);
    expect(decidedBy("They retook the Houthi-controlled port.", organizationContext.id)).toEqual(["organization:Houthi"]);
  });
  it("organization-context: reads a firm's unit, division or subsidiary as an organization, only with its owner", () => {
    expect(decidedBy("Yukos sold its Yugansk unit last year.", organizationContext.id)).toEqual(["organization:Yugansk"]);
    expect(decidedBy("Investors welcomed Vivendi's Brenvik division results.", organizationContext.id)).toEqual(["organization:Brenvik"]);
    expect(decidedBy("The Yugansk unit was sold.", organizationContext.id)).toEqual([]);
  });
  it("organization-context: reads a name that was founded or formed as an organization, not an activity", () => {
    expect(decidedBy("Torvane was founded in 1898 by two brothers.", organizationContext.id)).toEqual(["organization:Torvane"]);
    expect(decidedBy("Marrow Kite, formed in 1996 by two students, toured Japan.", organizationContext.id)).toEqual(["organization:Marrow Kite"]);
    expect(decidedBy("Scouting was founded in Bangladesh in 1914.", organizationContext.id)).toEqual([]);
    expect(decidedBy("Torvane was born in 1898.", organizationContext.id)).toEqual([]);
  });
  it("organization-context: reads a name defined as a firm, a band or a club as an organization", () => {
    expect(decidedBy("Torvane is a major Brazilian manufacturer of bicycles.", organizationContext.id)).toEqual(["organization:Torvane"]);
    expect(decidedBy("Marrow Kite is an American rock band from Ohio.", organizationContext.id)).toEqual(["organization:Marrow Kite"]);
    expect(decidedBy("Torvane is a retired Brazilian cyclist.", organizationContext.id)).toEqual([]);
    expect(decidedBy("Owain Bennallack is the editor of Develop magazine.", organizationContext.id)).toEqual([]);
  });
  it("organization-context: leaves a people's adjective before '-led'", () => {
    expect(decidedBy("The Kurdish-led forces advanced.", organizationContext.id)).toEqual([]);
  });
  it("member-noun: reads 'Houthi rebels' as a group", () => {
    expect(decidedBy(memberNoun.example, memberNoun.id)).toEqual(["organization:Houthi"]);
  });
  it("member-noun: leaves 'Kurdish rebels', who are only described", () => {
    expect(decidedBy("Kurdish rebels fired missiles.", memberNoun.id)).toEqual([]);
  });
  it("member-noun: leaves one ordinary word that says which members", () => {
    expect(decidedBy("Later members joined the band.", memberNoun.id)).toEqual([]);
    expect(decidedBy("It angered some Leave and Remain supporters.", memberNoun.id)).toEqual([]);
  });
  it("lexicon-organization: leaves a listed name that prefixes a lowercase noun ('Co-founder'), not one before a participle", () => {
    expect(decidedBy("The Co-founder of the firm left.", lexiconOrganization.id)).toEqual([]);
    expect(decidedBy("The Google-backed firm grew.", lexiconOrganization.id)).toEqual(["organization:Google"]);
  });
  it("owner-business: reads a first name's possessive before ordinary capitalized words as a business", () => {
    expect(decidedBy(ownerBusiness.example, ownerBusiness.id)).toEqual(["organization:Ralph's Market"]);
  });
  it("owner-business: reads any name's possessive before a word of trade as a business", () => {
    expect(decidedBy("There is no lower rating for Noonan's Liquor, owners and all.", ownerBusiness.id)).toEqual(["organization:Noonan's Liquor"]);
    expect(decidedBy("Ray's Pizza is just too good.", ownerBusiness.id)).toEqual(["organization:Ray's Pizza"]);
  });
  it("owner-business: leaves a relative, a longer name's possessive, a country's and a title-case line", () => {
    expect(decidedBy("Mr Blair's Cabinet met on Monday.", ownerBusiness.id)).toEqual([]);
    expect(decidedBy("In Russia's Market there is little.", ownerBusiness.id)).toEqual([]);
    expect(decidedBy("Angelo's Father is a famous artist.", ownerBusiness.id)).toEqual([]);
    expect(decidedBy("Thierry Henry's Arsenal won. Henry's Arsenal won again.", ownerBusiness.id)).toEqual([]);
    expect(decidedBy("Prince Charles's Trust gave money.", ownerBusiness.id)).toEqual([]);
    expect(decidedBy("Ralph's Market Opens New Store In Town", ownerBusiness.id)).toEqual([]);
  });
});
