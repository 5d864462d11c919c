/** The hidden list folded from the decisions, and the decisions a bulk merge or hide sends. */
import { describe, expect, it } from "vitest";
import { hiddenEntities } from "../../client/src/curation/hidden";
import { hideActions, mergeActions } from "../../client/src/table/bulk";

describe("hiddenEntities", () => {
  it("lists what is hidden now: an unhide takes its entity out, whatever came between", () => {
    expect(
      hiddenEntities([
        { kind: "hide", entity: "country:india" },
        { kind: "hide", entity: "country:russia" },
        { kind: "rename", entity: "person:xi-jinping", label: "Xi" },
        { kind: "unhide", entity: "country:india" },
      ]),
    ).toEqual(["country:russia"]);
  });

  it("puts an entity hidden again after an unhide at the end, once", () => {
    expect(
      hiddenEntities([
        { kind: "hide", entity: "country:india" },
        { kind: "hide", entity: "country:russia" },
        { kind: "unhide", entity: "country:india" },
        { kind: "hide", entity: "country:india" },
      ]),
    ).toEqual(["country:russia", "country:india"]);
  });
});

describe("bulk decisions from the table", () => {
  it("merges every other selected entity into the chosen one", () => {
    expect(mergeActions(["person:putin", "person:vladimir-putin", "person:v-putin"], "person:vladimir-putin")).toEqual([
      { kind: "merge", entity: "person:putin", into: "person:vladimir-putin" },
      { kind: "merge", entity: "person:v-putin", into: "person:vladimir-putin" },
    ]);
  });

  it("hides each selected entity", () => {
    expect(hideActions(new Set(["country:india", "country:russia"]))).toEqual([
      { kind: "hide", entity: "country:india" },
      { kind: "hide", entity: "country:russia" },
    ]);
  });
});
