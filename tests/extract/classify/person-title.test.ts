import { describe, expect, it } from "vitest";
import { personTitle } from "../../../server/src/extract/classify/rules/person-title.js";
import { decidedBy } from "./helpers.js";

describe("person-title", () => {
  it("reads the title as a mention of the person it introduces, and leaves it out of the name", () => {
    expect(decidedBy(personTitle.example, personTitle.id)).toEqual(["role:president + person:Vladimir Putin"]);
  });
  it("reads 'Mr Abbas' as the person, the courtesy title no mention of its own", () => {
    expect(decidedBy("Mahmoud Abbas arrived. Mr Abbas spoke.", personTitle.id)).toEqual(["person:Abbas"]);
  });
  it("splits an agency's administrator from the agency and the person ('NASA Administrator Mike Griffin')", () => {
    expect(decidedBy("NASA Administrator Mike Griffin said the launch would go ahead.", personTitle.id)).toEqual(["organization:NASA + role:administrator + person:Mike Griffin"]);
  });
  it("reads a title alone as a role", () => {
    expect(decidedBy("The Foreign Secretary said.", personTitle.id)).toEqual(["role:foreign secretary"]);
  });
  it("leaves 'the General Election', where an ordinary word follows the title word", () => {
    expect(decidedBy("The General Election was called: the election is in May.", personTitle.id)).toEqual([]);
  });
  it("leaves 'Lord of the Rings': a peer is 'Lord X of Y', and a 'Lord of' names a work", () => {
    expect(decidedBy("Lord of the Rings director Peter Jackson spoke.", personTitle.id)).toEqual([]);
    expect(decidedBy("Lord Falconer of Thoroton spoke.", personTitle.id)).toEqual(["person:Falconer of Thoroton"]);
  });
  it("leaves 'Office of the President', an organization that holds a title", () => {
    expect(decidedBy("The Office of the President replied.", personTitle.id)).toEqual([]);
  });
  it("leaves 'Major League Baseball', a name with an organization's head word after the title word", () => {
    expect(decidedBy("He was a Major League Baseball pitcher.", personTitle.id)).toEqual([]);
    expect(decidedBy("General Motors Company said.", personTitle.id)).toEqual([]);
  });
});
