import { describe, expect, it } from "vitest";
import { country } from "../../../server/src/extract/resolve/country.js";
import { resolvedBy } from "./helpers.js";

describe("resolve: country", () => {
  it("country: names a country by its gazetteer name, also through a demonym", () => {
    expect(resolvedBy(country.example, country.id)).toEqual(["Russian -> country:Russia", "Ukraine -> country:Ukraine"]);
  });
  it("country: leaves other spans", () => {
    expect(resolvedBy("Tony Blair left early.", country.id)).toEqual([]);
  });
});
