import { describe, expect, it } from "vitest";
import { extractCorpus } from "../../server/src/extract/index.js";
import { corpusMerges } from "../../server/src/extract/corpus-merges.js";
import type { EntityType, ExtractedDocument } from "../../server/src/types.js";

const doc = (id: string, text: string) => ({ id, path: `${id}.txt`, text });
const entitiesOf = (d: { mentions: { text: string; entity: string }[] }, surface: string) => [...new Set(d.mentions.filter((m) => m.text === surface).map((m) => m.entity))];

describe("corpus merges: bare surnames", () => {
  const politics = [
    doc("p1", "Prime Minister Tony Blair met Michael Howard in London."),
    doc("p2", "Tony Blair said Michael Howard was wrong about taxes."),
    doc("p3", "Tony Blair spoke to Gordon Brown about the budget."),
    doc("p4", "Blair said Gordon Brown would stay."),
  ];
  const rugby = [doc("r1", "Scotland coach Matt Williams picked scrum-half Mike Blair for the game against Ireland."), doc("r2", "Matt Williams said Blair would start against Ireland.")];

  it("resolves a bare surname to the full name whose documents name the same people", () => {
    const out = extractCorpus([...politics, ...rugby]);
    expect(entitiesOf(out[3], "Blair")).toEqual(["person:tony-blair"]);
    expect(entitiesOf(out[5], "Blair")).toEqual(["person:mike-blair"]);
  });
  it("resolves it to the full name that dominates the corpus when the document tells nothing", () => {
    const out = extractCorpus([...politics, ...rugby, doc("x", "Blair said he was tired.")]);
    expect(entitiesOf(out[6], "Blair")).toEqual(["person:tony-blair"]);
  });
  it("keeps a surname that two people share evenly apart from both", () => {
    const out = extractCorpus([doc("a", "Trader Anna Quist sold shares."), doc("b", "Trader Boris Quist bought shares."), doc("c", "Shares fell, Quist said.")]);
    expect(entitiesOf(out[2], "Quist")).toEqual(["person:quist"]);
  });
});

describe("corpus merges: acronyms and party forms", () => {
  it("merges an acronym into the long form defined with it in another document", () => {
    const out = extractCorpus([doc("a", "A bid was made for the London Stock Exchange (LSE) on Monday."), doc("b", "The LSE said the bid was too low.")]);
    expect(entitiesOf(out[1], "LSE")).toEqual(["organization:london-stock-exchange"]);
  });
  it("merges an acronym of the maintained list into its long form named elsewhere, with no definition", () => {
    const out = extractCorpus([doc("a", "The European Union sent aid."), doc("b", "The EU said more would follow.")]);
    expect(entitiesOf(out[1], "EU")).toEqual(["organization:european-union"]);
  });
  it("prefers the long form that spells the acronym over another that also wrote it", () => {
    const out = extractCorpus([
      doc("a", "Phone firm British Telecom (BT) cut prices."),
      doc("b", "The BT Together plan (BT) was dropped."),
      doc("c", "BT said profits rose."),
    ]);
    expect(entitiesOf(out[2], "BT")).toEqual(["organization:british-telecom"]);
  });
  // No document writes "NHS" beside "Norfolk High School", and no list has it: its initials alone are a guess.
  const health = ["The NHS said waiting lists fell.", "Nurses at the NHS will strike.", "Doctors said the NHS needs more money."].map((t, i) => doc(`h${i}`, t));
  const obituary = doc("o", "Johnny Carson gave $600,000 to Norfolk High School in the 1980s.");
  it("keeps an acronym apart from a long form that only spells it, named in far fewer documents", () => {
    const out = extractCorpus([obituary, ...health]);
    for (const d of out.slice(1)) expect(entitiesOf(d, "NHS")).toEqual(["organization:nhs"]);
  });
  it("merges an acronym into a long form that only spells it when the documents name the same people", () => {
    const board = doc("b", "The International Rugby Board fined Gavin Henson and Gareth Thomas.");
    const bare = ["The IRB met on Monday.", "The IRB will vote.", "Officials at the IRB agreed."].map((t, i) => doc(`u${i}`, t));
    const out = extractCorpus([board, doc("i", "The IRB said Gavin Henson and Gareth Thomas would appeal."), ...bare]);
    expect(entitiesOf(out[1], "IRB")).toEqual(["organization:international-rugby-board"]);
    // Named in one document, the long form does not stand for the acronym of four where nothing connects them.
    for (const d of out.slice(2)) expect(entitiesOf(d, "IRB")).toEqual(["organization:irb"]);
  });
  it("gives every form of a party one node", () => {
    const out = extractCorpus([doc("a", "The Tories said Labour had failed."), doc("b", "The Conservative Party and the Labour Party agreed. Tory leader Michael Howard spoke.")]);
    const ids = new Set(out.flatMap((d) => d.mentions.map((m) => m.entity)));
    expect([...ids].filter((id) => id.startsWith("organization:")).sort()).toEqual(["organization:conservative-party", "organization:labour-party"]);
  });
});

describe("corpus merges: one label, two types", () => {
  it("makes a label typed a person in few documents the organization most documents type", () => {
    const clubs = ["Chelsea boss Jose Mourinho said so.", "Chelsea boss Jose Mourinho was pleased.", "Chelsea manager Jose Mourinho left."].map((t, i) => doc(`c${i}`, t));
    const out = extractCorpus([...clubs, doc("p", "Chelsea said she was happy.")]);
    expect(entitiesOf(out[3], "Chelsea")).toEqual(["organization:chelsea"]);
  });
});

describe("corpus merges: decided on the entities of each document", () => {
  // Documents reduced to the entities they name, as resolution within each document left them.
  const named = (id: string, ...entities: [EntityType, string][]): ExtractedDocument => ({
    id,
    path: `${id}.txt`,
    text: "",
    sentences: [],
    mentions: [],
    entities: Object.fromEntries(entities.map(([type, label]) => [`${type}:${label.toLowerCase().replace(/\s+/g, "-")}`, { id: `${type}:${label.toLowerCase().replace(/\s+/g, "-")}`, label, type, aliases: [] }])),
  });
  it("gives a word the corpus types an organization in clearly more documents to the organization, not to a person's full name", () => {
    const docs = [named("a", ["organization", "Apple"]), named("b", ["organization", "Apple"]), named("c", ["organization", "Apple"]), named("d", ["person", "Apple Mac"]), named("e", ["person", "Apple"])];
    expect(corpusMerges(docs)[4].get("person:apple")?.id).toBe("organization:apple");
  });
  it("still gives a bare surname to the full name when no organization has it", () => {
    const docs = [named("a", ["person", "Tony Blair"]), named("b", ["person", "Tony Blair"]), named("c", ["person", "Blair"])];
    expect(corpusMerges(docs)[2].get("person:blair")?.id).toBe("person:tony-blair");
  });
});
