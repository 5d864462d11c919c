import { describe, expect, it } from "vitest";
import { arabicOrgHead, documentNoun, organizationHead } from "../../../server/src/extract/classify/rules/organization-head.js";
import { decidedBy } from "./helpers.js";

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
});
