import { describe, expect, it } from "vitest";
import { leadingParty, partyForm } from "../../../server/src/extract/classify/rules/party.js";
import { decidedBy } from "./helpers.js";

describe("party-form", () => {
  it("reads every form of a party as the party, under one name", () => {
    expect(decidedBy(partyForm.example, partyForm.id)).toEqual(["organization:Conservative Party", "organization:Labour Party"]);
    expect(decidedBy("He left the Conservative Party. Then he joined the Lib Dems.", partyForm.id)).toEqual(["organization:Conservative Party", "organization:Liberal Democrats"]);
    expect(decidedBy("Tory leader Michael Howard spoke.", partyForm.id)).toEqual(["organization:Conservative Party"]);
  });
  it("leaves the word at the start of a sentence about work", () => {
    expect(decidedBy("Labour costs rose sharply.", partyForm.id)).toEqual(["[]"]);
  });
});

describe("leading-party", () => {
  it("splits a party adjective off the name after it", () => {
    expect(decidedBy(leadingParty.example, leadingParty.id)).toEqual(["organization:Conservative Party + person:Neil Hamilton"]);
    expect(decidedBy("Lib Dem Charles Kennedy spoke.", leadingParty.id)).toEqual(["organization:Liberal Democrats + person:Charles Kennedy"]);
  });
  it("leaves a name that does not open with a party", () => {
    expect(decidedBy("Neil Hamilton lost his seat.", leadingParty.id)).toEqual([]);
  });
});
