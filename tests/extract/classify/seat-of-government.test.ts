import { describe, expect, it } from "vitest";
import { seatOfGovernment } from "../../../server/src/extract/classify/rules/seat-of-government.js";
import { decidedBy } from "./helpers.js";

describe("seat-of-government", () => {
  it("reads the Kremlin as the institution it houses", () => {
    expect(decidedBy(seatOfGovernment.example, seatOfGovernment.id)).toEqual(["organization:Kremlin"]);
    expect(decidedBy("The White House said no.", seatOfGovernment.id)).toEqual(["organization:White House"]);
  });
  it("leaves a longer name that only starts with one", () => {
    expect(decidedBy("Visitors crowded the Kremlin Armoury Museum.", seatOfGovernment.id)).toEqual([]);
  });
});
