import { describe, expect, it } from "vitest";
import { demonymOrgan, demonymQualifier, lexiconDemonym, peoplesWord } from "../../../server/src/extract/classify/rules/demonym.js";
import { decidedBy } from "./helpers.js";

describe("demonym", () => {
  it("demonym-organ: reads a nationality and a state organ as an organization", () => {
    expect(decidedBy(demonymOrgan.example, demonymOrgan.id)).toEqual(["organization:Iraqi security forces"]);
  });
  it("demonym-organ: leaves 'Iraqi troops', people rather than an organ", () => {
    expect(decidedBy("Iraqi troops moved.", demonymOrgan.id)).toEqual([]);
  });
  it("demonym-qualifier: types the name after a nationality compromise knows", () => {
    expect(decidedBy(demonymQualifier.example, demonymQualifier.id)).toEqual(["unknown:Development"]);
  });
  it("demonym-qualifier: leaves a name with no nationality before it", () => {
    expect(decidedBy("He met Development chiefs.", demonymQualifier.id)).toEqual([]);
  });
  it("lexicon-demonym: drops a nationality with no country of its own", () => {
    expect(decidedBy(lexiconDemonym.example, lexiconDemonym.id)).toEqual(["[]"]);
  });
  it("lexicon-demonym: leaves a demonym of the gazetteer, which is its country", () => {
    expect(decidedBy("Russian leaders met.", lexiconDemonym.id)).toEqual([]);
  });
  it("peoples-word: drops a faith, a people without a state or a movement named alone", () => {
    expect(decidedBy(peoplesWord.example, peoplesWord.id)).toEqual(["[]", "[]"]);
    expect(decidedBy("The leader of the Lebanese Shiite group spoke.", peoplesWord.id)).toEqual(["[]"]);
  });
  it("peoples-word: leaves a name that only starts with one", () => {
    expect(decidedBy("Islamic Jihad has refused the ceasefire.", peoplesWord.id)).toEqual([]);
  });
});
