import { describe, expect, it } from "vitest";
import { arabicOrgHead, bareSuffix, documentNoun, firmName, organizationHead, verdictHead } from "../../../server/src/extract/classify/rules/organization-head.js";
import { decidedBy, fired } from "./helpers.js";

describe("organization-head", () => {
  it("document-noun: reads the council without its resolution", () => {
    expect(decidedBy(documentNoun.example, documentNoun.id)).toEqual(["organization:UN Security Council"]);
  });
  it("document-noun: leaves a name with no document after its head", () => {
    expect(decidedBy("The Security Council met.", documentNoun.id)).toEqual([]);
  });
  it("arabic-org-head: reads 'Jabhat al-Nusra' as an organization by its first word", () => {
    expect(decidedBy(arabicOrgHead.example, arabicOrgHead.id)).toEqual(["organization:Jabhat al-Nusra"]);
  });
  it("arabic-org-head: leaves the first word alone", () => {
    expect(decidedBy("They condemned Jabhat.", arabicOrgHead.id)).toEqual([]);
  });
  it("organization-head: reads head words last or before 'of'", () => {
    expect(decidedBy(organizationHead.example, organizationHead.id)).toEqual(["organization:Syrian Democratic Forces"]);
    expect(decidedBy("The Ministry of Defence said.", organizationHead.id)).toEqual(["organization:Ministry of Defence"]);
    expect(decidedBy("Talks began after rival Deutsche Boerse put forward its own bid.", organizationHead.id)).toEqual(["organization:Deutsche Boerse"]);
  });
  it("organization-head: drops a lone generic head, which names no one body, and keeps it in a name", () => {
    expect(decidedBy("The Association has a broad mission.", organizationHead.id)).toEqual(["[]"]);
    expect(decidedBy("The Foundation gave money.", organizationHead.id)).toEqual(["[]"]);
    expect(decidedBy("The Ford Foundation gave money.", organizationHead.id)).toEqual(["organization:Ford Foundation"]);
  });
  it("organization-head: leaves a lone head word in a headline", () => {
    expect(decidedBy("Army Wins Cup Final Again", organizationHead.id)).toEqual([]);
  });
  it("organization-head: reads bands, newspapers and dioceses by their head word", () => {
    expect(decidedBy("He founded the Dave Matthews Band in 1991.", organizationHead.id)).toEqual(["organization:Dave Matthews Band"]);
    expect(decidedBy("The Orlando Sentinel reported it.", organizationHead.id)).toEqual(["organization:Orlando Sentinel"]);
    expect(decidedBy("It is in the Roman Catholic Diocese of Sioux City.", organizationHead.id)).toEqual(["organization:Roman Catholic Diocese of Sioux City"]);
  });
  it("organization-head: leaves a head word that prefixes a lowercase word", () => {
    expect(decidedBy("Co-founded by John McLaughlin, it grew.", organizationHead.id)).toEqual([]);
  });
  it("firm-name: reads an ampersand between names as one firm, over the country or person a part would be", () => {
    expect(decidedBy(firmName.example, firmName.id)).toEqual(["organization:Holland & Hart"]);
    expect(decidedBy("We paid Michael L. Beatty & Associates last week.", firmName.id)).toEqual(["organization:Michael L. Beatty & Associates"]);
    expect(decidedBy("Shares in Procter & Gamble rose.", firmName.id)).toEqual(["organization:Procter & Gamble"]);
    expect(decidedBy("Shares in Marks & Spencer rose.", firmName.id)).toEqual(["organization:Marks & Spencer"]);
    expect(decidedBy("Shares in Marks & Spencer and Tesco rose.", firmName.id)).toEqual(["organization:Marks & Spencer"]);
  });
  it("firm-name: leaves two people, two things and two countries joined by an ampersand", () => {
    expect(decidedBy("Shows with David Christison & Lee Tate and Jenny Seaton & Gary Carvolth.", firmName.id)).toEqual([]);
    expect(decidedBy("We sell Hobby & Crafts supplies.", firmName.id)).toEqual([]);
    expect(decidedBy("It was presented by Richard & Judy again.", firmName.id)).toEqual([]);
    expect(fired("Trade between US & UK firms grew.")).toContain("known-country");
    expect(decidedBy("Trade between US & UK firms grew.", firmName.id)).toEqual([]);
  });
  it("firm-name: reads a name before a comma and a company suffix as the firm, the suffix left out", () => {
    expect(decidedBy("The deal went to the counterparty, CCNG, Inc. on Monday.", firmName.id)).toEqual(["organization:CCNG"]);
  });
  it("firm-name: leaves a title before the firm to the title rule", () => {
    expect(decidedBy("Kelly Cloud, Senior Vice President of CCNG, Inc. called.", "person-title")).toHaveLength(1);
  });
  it("bare-suffix: drops a company suffix alone", () => {
    expect(decidedBy(bareSuffix.example, bareSuffix.id)).toEqual(["[]"]);
  });
  it("verdict-head: drops a word of praise or blame before a head word", () => {
    expect(decidedBy(verdictHead.example, verdictHead.id)).toEqual(["[]"]);
    expect(decidedBy("Poor Service\nAfter firing this company I was glad.", verdictHead.id)).toEqual(["[]"]);
    expect(decidedBy("Great Ormond Street Hospital treated him.", verdictHead.id)).toEqual([]);
  });
  it("organization-head: reads law offices and motorsport firms by their head word", () => {
    expect(decidedBy("Contact Law Offices of Armando Villega today.", organizationHead.id)).toEqual(["organization:Law Offices of Armando Villega"]);
    expect(decidedBy("Calls now go to Malcolm Smith Motorsports instead.", organizationHead.id)).toEqual(["organization:Malcolm Smith Motorsports"]);
  });
});
