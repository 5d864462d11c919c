import { describe, expect, it } from "vitest";
import { extractCorpus, extractDocument, resolveCorpus } from "../../server/src/extract/index.js";

const doc = (id: string, text: string) => ({ id, path: `${id}.txt`, text });

describe("resolveCorpus (across documents)", () => {
  it("resolves a bare surname to the one full name seen in another document", () => {
    const [, second] = extractCorpus([doc("a", "President Vladimir Putin spoke."), doc("b", "Putin said no.")]);
    expect(second.mentions.map((m) => m.entity)).toEqual(["person:vladimir-putin"]);
    expect(second.entities["person:vladimir-putin"].aliases).toEqual(expect.arrayContaining(["Vladimir Putin", "Putin"]));
  });
  it("resolves a bare word with no cue to a name typed in another document", () => {
    const out = extractCorpus([doc("a", "Aid was blocked by the Assad regime. Many fighters of Daesh fled."), doc("b", "Civilians fled from Assad and Daesh.")]);
    expect(out[1].mentions.map((m) => m.entity)).toEqual(["person:assad", "organization:daesh"]);
  });
  it("splits a hyphen-joined pair of people known from other documents", () => {
    const out = extractCorpus([doc("a", "President Vladimir Putin met President Xi Jinping."), doc("b", "The Putin-Xi talks ended.")]);
    expect(out[1].mentions.map((m) => m.entity)).toEqual(["person:vladimir-putin", "person:xi-jinping"]);
  });
  it("splits the pair also when documents were extracted one at a time, as ingest stores them", () => {
    const texts = [doc("a", "President Vladimir Putin met President Xi Jinping."), doc("b", "The Putin-Xi talks ended. Karine Jean-Pierre spoke.")];
    const out = resolveCorpus(texts.map((d) => extractDocument(d)));
    const b = out[1];
    expect(b.mentions.map((m) => m.entity)).toEqual(["person:vladimir-putin", "person:xi-jinping", "person:karine-jean-pierre"]);
    for (const m of b.mentions) expect(b.text.slice(m.start, m.end)).toBe(m.text);
    expect(Object.keys(b.entities).sort()).toEqual(["person:karine-jean-pierre", "person:vladimir-putin", "person:xi-jinping"]);
  });
  it("leaves a surname alone when two full names share it", () => {
    const out = extractCorpus([doc("a", "Boris Johnson spoke."), doc("b", "Lyndon Johnson spoke."), doc("c", "Mr. Johnson said no.")]);
    expect(out[2].mentions.map((m) => m.entity)).toEqual(["person:johnson"]);
  });
  it("resolves an acronym to the long name defined with it elsewhere", () => {
    const out = extractCorpus([doc("a", "The Shanghai Cooperation Organization (SCO) met."), doc("b", "The SCO grew.")]);
    expect(out[1].mentions.map((m) => m.entity)).toEqual(["organization:shanghai-cooperation-organization"]);
  });
  it("never merges a person with a country of the same spelling", () => {
    const out = extractCorpus([doc("a", "Michael Jordan played."), doc("b", "Troops arrived in Jordan.")]);
    expect(out[1].mentions.map((m) => m.entity)).toEqual(["country:jordan"]);
  });
  it("can be turned off", () => {
    const out = extractCorpus([doc("a", "President Vladimir Putin spoke."), doc("b", "Putin said no.")], { resolveAcrossDocuments: false });
    expect(out[1].mentions.map((m) => m.entity)).toEqual(["person:putin"]);
  });
  it("does not resolve an ordinary word to a full name elsewhere that ends with it ('Open', 'One')", () => {
    const out = extractCorpus([doc("a", "Daniela Hantuchova won the Sky One award."), doc("b", "The Open ended. One player, Roger Federer, won.")]);
    expect(out[1].mentions.map((m) => m.entity)).toEqual(["person:roger-federer"]);
  });
  it("does not let a name typed in one document absorb a bare word many more documents use untyped", () => {
    const stories = ["Oscar voters met.", "The Oscar race is open.", "An Oscar was won.", "Oscar night came."].map((t, i) => doc(`o${i}`, t));
    const out = extractCorpus([doc("a", "President Tim Oscar spoke."), ...stories]);
    expect(out[0].mentions.map((m) => m.entity)).toContain("person:tim-oscar");
    for (const d of out.slice(1)) expect(d.mentions.map((m) => m.entity)).not.toContain("person:tim-oscar");
    // one story with the full name and one with the bare surname still resolve
    const [, b] = extractCorpus([doc("a", "President Vladimir Putin spoke."), doc("b", "Putin said no.")]);
    expect(b.mentions.map((m) => m.entity)).toEqual(["person:vladimir-putin"]);
  });
  it("does not let a full name that is no person's name ('Apple Insider', 'European Elvis') absorb bare words", () => {
    const out = extractCorpus([doc("a", "Apple Insider said so."), doc("b", "Apple said so.")]);
    expect(out[1].mentions.map((m) => m.entity)).not.toContain("person:apple-insider");
  });
  it("lets a firmer organization cue in one document win over 'said' in another ('oil firm Yukos')", () => {
    const out = extractCorpus([doc("a", "Russian oil firm Yukos was sold."), doc("b", "Yukos said it would appeal.")]);
    expect(out[1].mentions.map((m) => m.entity)).toEqual(["organization:yukos"]);
  });
  it("merges stored one-word persons into a full name only with as much evidence across documents", () => {
    const bare = ["Rocco Lopez said it.", "Rocco said it.", "Rocco said so.", "Rocco said no.", "Rocco said yes."].map((t, i) => extractDocument(doc(`s${i}`, t)));
    const out = resolveCorpus(bare);
    expect(out[4].mentions.map((m) => m.entity)).toEqual(["person:rocco"]);
    const few = resolveCorpus([extractDocument(doc("a", "President Vladimir Putin spoke.")), extractDocument(doc("b", "Putin said no."))]);
    expect(few[1].mentions.map((m) => m.entity)).toEqual(["person:vladimir-putin"]);
  });
  it("lets a club typed by a member's role in one document win over a first name compromise sees in another ('Chelsea')", () => {
    const out = extractCorpus([doc("a", "Chelsea boss Jose Mourinho said so."), doc("b", "Umbro lost its deal with Chelsea and Celtic.")]);
    expect(out[1].mentions.map((m) => m.entity)).toContain("organization:chelsea");
  });
});
