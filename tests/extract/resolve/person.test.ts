import { describe, expect, it } from "vitest";
import { person, personAsGroup, personFullName } from "../../../server/src/extract/resolve/person.js";
import { resolvedBy } from "./helpers.js";

describe("resolve: person", () => {
  it("person-as-group: gives a one-word 'person' the group the document names so", () => {
    expect(resolvedBy(personAsGroup.example, personAsGroup.id)).toEqual(["Absa -> organization:Absa"]);
  });
  it("person-as-group: leaves a surname of a full name in the document", () => {
    expect(resolvedBy("Gordon Brown spoke. Later, Brown said no.", personAsGroup.id)).toEqual([]);
  });
  it("person-full-name: resolves a short name to the full name of the document", () => {
    expect(resolvedBy(personFullName.example, personFullName.id)).toEqual(["Abbas -> person:Mahmoud Abbas"]);
  });
  it("person-full-name: leaves a name the document has no longer form of", () => {
    expect(resolvedBy("Tony Blair left early.", personFullName.id)).toEqual([]);
  });
  it("person: names any other person by their label", () => {
    expect(resolvedBy(person.example, person.id)).toEqual(["Tony Blair -> person:Tony Blair"]);
  });
  it("person: leaves countries", () => {
    expect(resolvedBy("Russia signed.", person.id)).toEqual([]);
  });
});
