import { describe, expect, it } from "vitest";
import { personContext, personTagged, pluralJobNoun, rulerNoun, speakingInstitution } from "../../../server/src/extract/classify/rules/person-cue.js";
import { decidedBy, typeText } from "./helpers.js";

describe("person-cue", () => {
  it("plural-job-noun: drops a plural job noun", () => {
    expect(decidedBy(pluralJobNoun.example, pluralJobNoun.id)).toEqual(["[]"]);
  });
  it("plural-job-noun: leaves a name", () => {
    expect(decidedBy("Tony Blair met them.", pluralJobNoun.id)).toEqual([]);
  });
  it("person-tagged: reads compromise's person tags as a person", () => {
    expect(decidedBy(personTagged.example, personTagged.id)).toEqual(["person:Tony Blair"]);
  });
  it("person-tagged: marks a one-word name as weak, since it may be a club", () => {
    const chelsea = typeText("Chelsea won again.").spans.find((s) => s.label === "Chelsea");
    expect(chelsea?.weak).toBe(true);
  });
  it("person-tagged: leaves an untagged name", () => {
    expect(decidedBy("Acme Quorb left early.", personTagged.id)).toEqual([]);
  });
  it("speaking-institution: reads an ordinary word that speaks as an institution", () => {
    expect(decidedBy(speakingInstitution.example, speakingInstitution.id)).toEqual(["organization:Amnesty"]);
  });
  it("speaking-institution: leaves a surname that speaks", () => {
    expect(decidedBy("Brown said it would win.", speakingInstitution.id)).toEqual([]);
  });
  it("person-context: reads a name before 'said' as a weak person", () => {
    expect(decidedBy(personContext.example, personContext.id)).toEqual(["person:Zelenskyy"]);
  });
  it("person-context: leaves a name with no role noun or saying verb", () => {
    expect(decidedBy("Zelenskyy arrived.", personContext.id)).toEqual([]);
  });
  it("ruler-noun: reads 'the Asad regime' as the regime and the person who leads it", () => {
    expect(decidedBy(rulerNoun.example, rulerNoun.id)).toEqual(["organization:Asad regime + person:Asad"]);
  });
  it("ruler-noun: leaves a name before a noun that is no rule", () => {
    expect(decidedBy("Aid was blocked by the Asad family.", rulerNoun.id)).toEqual([]);
  });
});
