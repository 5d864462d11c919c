import { describe, expect, it } from "vitest";
import { roleAppositive, roleHolderAfter, roleKnownHolder, roleSelf, roleUnnamed } from "../../../server/src/extract/resolve/role.js";
import { resolvedBy } from "./helpers.js";

describe("resolve: role", () => {
  it("role-holder-after: gives a title to the name after it", () => {
    expect(resolvedBy(roleHolderAfter.example, roleHolderAfter.id)).toEqual(["Defense Secretary -> person:Ash Carter"]);
  });
  it("role-holder-after: resolves it to no one when roles are not resolved", () => {
    expect(resolvedBy(roleHolderAfter.example, roleHolderAfter.id, { options: { resolveRoles: false } })).toEqual(["Defense Secretary -> none"]);
  });
  it("role-holder-after: leaves a title with no name after it", () => {
    expect(resolvedBy("The Foreign Secretary said no.", roleHolderAfter.id)).toEqual([]);
  });
  it("role-appositive: gives a role after a comma to the name before it", () => {
    expect(resolvedBy(roleAppositive.example, roleAppositive.id)).toEqual(["Representative of China -> person:Li Chenggang"]);
  });
  it("role-appositive: leaves a role with no name before the comma", () => {
    expect(resolvedBy("In Geneva, Permanent Representative of China spoke.", roleAppositive.id)).toEqual([]);
  });
  it("role-known-holder: resolves a later mention of the title to its holder", () => {
    expect(resolvedBy(roleKnownHolder.example, roleKnownHolder.id)).toEqual(["Foreign Secretary -> person:Boris Johnson"]);
  });
  it("role-known-holder: leaves a title no one was introduced with", () => {
    expect(resolvedBy("Boris Johnson arrived. The Foreign Secretary said no.", roleKnownHolder.id)).toEqual([]);
  });
  it("role-self: lets a role no one holds here stand for itself", () => {
    expect(resolvedBy(roleSelf.example, roleSelf.id)).toEqual(["Foreign Secretary -> person:Foreign Secretary"]);
  });
  it("role-self: leaves a one-word title", () => {
    expect(resolvedBy("The King said no.", roleSelf.id)).toEqual([]);
  });
  it("role-unnamed: makes no mention of a plural or one-word title", () => {
    expect(resolvedBy(roleUnnamed.example, roleUnnamed.id)).toEqual(["Leaders -> none"]);
  });
  it("role-unnamed: leaves a role that resolved", () => {
    expect(resolvedBy(roleHolderAfter.example, roleUnnamed.id)).toEqual([]);
  });
});
