import { describe, expect, it } from "vitest";
import { acronymDefinedAfter, alsoKnownAs, corpusName, documentName, listedOrganization, openerUnresolvable, openerUnresolved, unknownAcronym, unknownDropped } from "../../../server/src/extract/resolve/unknown.js";
import { resolvedBy } from "./helpers.js";

describe("resolve: unknown", () => {
  it("opener-unresolvable: drops a sentence opener when nothing is resolved within the document", () => {
    expect(resolvedBy(openerUnresolvable.example, openerUnresolvable.id, { options: openerUnresolvable.exampleOptions })).toEqual(["Votel -> none"]);
  });
  it("opener-unresolvable: leaves openers to the other rules by default", () => {
    expect(resolvedBy(openerUnresolvable.example, openerUnresolvable.id)).toEqual([]);
  });
  it("unknown-acronym: resolves an untyped acronym to its long name", () => {
    expect(resolvedBy(unknownAcronym.example, unknownAcronym.id)).toEqual(["JTF-R -> organization:Joint Task Force Resolve", "JTF-R -> organization:Joint Task Force Resolve"]);
  });
  it("unknown-acronym: leaves an acronym-like word the document defines nowhere", () => {
    expect(resolvedBy("Meanwhile JTF-R units moved.", unknownAcronym.id)).toEqual([]);
  });
  it("also-known-as: gives an untyped name the entity of the name it is another name of", () => {
    expect(resolvedBy(alsoKnownAs.example, alsoKnownAs.id)).toEqual(["Daesh -> organization:ISIL"]);
  });
  it("also-known-as: leaves a name merely listed beside another", () => {
    expect(resolvedBy("Fighters of ISIL, Daesh and others fled.", alsoKnownAs.id)).toEqual([]);
  });
  it("document-name: resolves a bare word to the full name of the document", () => {
    expect(resolvedBy(documentName.example, documentName.id)).toEqual(["Votel -> person:Joseph L. Votel"]);
  });
  it("document-name: a one-word group typed in the document is the one organization of the document it ends", () => {
    expect(resolvedBy("Manchester United lost at home. United boss Alex Ferguson was angry. United fans left.", documentName.id)).toEqual(["United -> organization:Manchester United"]);
    expect(resolvedBy("Sheffield United beat Manchester United. United boss Alex Ferguson was angry. United fans left.", documentName.id)).toEqual(["United -> organization:United"]);
  });
  it("corpus-name: a one-word group typed in another document is the one organization of this document it ends", () => {
    expect(resolvedBy("Blackburn Rovers lost at home. Fans said Rovers had been unlucky.", corpusName.id, { corpus: ["Rovers boss Mark Hughes was angry."] })).toEqual(["Rovers -> organization:Blackburn Rovers"]);
  });
  it("document-name: leaves a bare word the document types nowhere", () => {
    expect(resolvedBy("Officials visited. Votel explained the plan.", documentName.id)).toEqual([]);
  });
  it("corpus-name: resolves a bare word to a name typed in another document", () => {
    expect(resolvedBy(corpusName.example, corpusName.id, { corpus: corpusName.exampleCorpus })).toEqual(["Assad -> person:Assad"]);
  });
  it("corpus-name: leaves an ordinary word, whatever other documents say", () => {
    expect(resolvedBy("Talks stalled. Labour refused.", corpusName.id, { corpus: ["Labour leader Tony Blair spoke."] })).toEqual([]);
  });
  it("opener-unresolved: drops a capitalized opener that resolved to nothing", () => {
    expect(resolvedBy(openerUnresolved.example, openerUnresolved.id)).toEqual(["Photographs -> none"]);
  });
  it("opener-unresolved: leaves a name inside the sentence", () => {
    expect(resolvedBy("They saw Photographs of Zorblax.", openerUnresolved.id)).toEqual([]);
  });
  it("acronym-defined-after: types a name by the acronym defined after it", () => {
    expect(resolvedBy(acronymDefinedAfter.example, acronymDefinedAfter.id)).toEqual(["PricewaterhouseCoopers -> organization:PricewaterhouseCoopers"]);
  });
  it("acronym-defined-after: leaves a name with no acronym after it", () => {
    expect(resolvedBy("Economists at PricewaterhouseCoopers warned prices were high.", acronymDefinedAfter.id)).toEqual([]);
  });
  it("listed-organization: keeps a word listed with an organization as one", () => {
    expect(resolvedBy(listedOrganization.example, listedOrganization.id)).toEqual(["Peshmerga -> organization:Peshmerga"]);
  });
  it("listed-organization: leaves an ordinary word the document also writes in lowercase", () => {
    expect(resolvedBy("They support the Iraqi security forces and Peshmerga, and the peshmerga agree.", listedOrganization.id)).toEqual([]);
  });
  it("unknown-dropped: drops an untyped name no rule resolves", () => {
    expect(resolvedBy(unknownDropped.example, unknownDropped.id)).toEqual(["Acme Quorb -> none"]);
  });
  it("unknown-dropped: leaves a name that resolves", () => {
    expect(resolvedBy(documentName.example, unknownDropped.id)).toEqual([]);
  });
});
