import { describe, expect, it } from "vitest";
import { organization, organizationLongForm, organizationShortForm, organizationSurname, shoutedSurname } from "../../../server/src/extract/resolve/organization.js";
import { resolvedBy } from "./helpers.js";

describe("resolve: organization", () => {
  it("organization-long-form: resolves an acronym to the long name defined with it", () => {
    expect(resolvedBy(organizationLongForm.example, organizationLongForm.id)).toEqual(["SDF -> organization:Syrian Democratic Forces", "SDF -> organization:Syrian Democratic Forces"]);
  });
  it("organization-long-form: leaves an acronym the document never spells out", () => {
    expect(resolvedBy("Strikes hit ISIL positions.", organizationLongForm.id)).toEqual([]);
  });
  it("organization-surname: resolves a one-word company name to the person of that surname", () => {
    expect(resolvedBy(organizationSurname.example, organizationSurname.id)).toEqual(["Ford -> person:Harrison Ford"]);
  });
  it("organization-surname: leaves the company when no one in the document has that surname", () => {
    expect(resolvedBy("Ford said sales rose.", organizationSurname.id)).toEqual([]);
  });
  it("shouted-surname: resolves a word in capitals to the person the document's lists name so", () => {
    expect(resolvedBy(shoutedSurname.example, shoutedSurname.id)).toEqual(["SCALIA -> person:SCALIA"]);
  });
  it("shouted-surname: leaves an acronym no list of the document names as a person", () => {
    expect(resolvedBy("Both opinions, in which THOMAS and SCALIA joined, were filed. BREYER and the IAEA disagreed.", shoutedSurname.id)).toEqual([]);
  });
  it("organization-short-form: resolves a one-word organization to the one name of the document it ends", () => {
    expect(resolvedBy(organizationShortForm.example, organizationShortForm.id)).toEqual(["United -> organization:Manchester United"]);
    expect(resolvedBy("The Washington Post broke the story. The Post reported.", organizationShortForm.id)).toEqual(["Post -> organization:Washington Post"]);
  });
  it("organization-short-form: leaves the word when two names of the document end with it", () => {
    expect(resolvedBy("Sheffield United drew with Manchester United. United boss Alex Ferguson was angry.", organizationShortForm.id)).toEqual([]);
  });
  it("organization: names any other organization by its label", () => {
    expect(resolvedBy(organization.example, organization.id)).toEqual(["Ministry of Defence -> organization:Ministry of Defence"]);
  });
  it("organization: leaves people", () => {
    expect(resolvedBy("Tony Blair left early.", organization.id)).toEqual([]);
  });
});
