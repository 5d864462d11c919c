import { describe, expect, it } from "vitest";
import { nameOfOwner } from "../../../server/src/extract/classify/rules/of-phrase.js";
import { decidedBy } from "./helpers.js";

describe("of-phrase", () => {
  it("name-of-owner: reads 'Recep Tayyip Erdogan of Turkey' as a person and a country", () => {
    expect(decidedBy(nameOfOwner.example, nameOfOwner.id)).toEqual(["person:Recep Tayyip Erdogan + country:Turkey"]);
  });
  it("name-of-owner: leaves 'Ministry of Defence', whose head word owns the 'of'", () => {
    expect(decidedBy("The Ministry of Defence said.", nameOfOwner.id)).toEqual([]);
  });
});
