import { describe, expect, it } from "vitest";
import { agreementName, eventName, productName, workKind, workTitle } from "../../../server/src/extract/classify/rules/thing.js";
import { typeText } from "./helpers.js";
import { extractWithSpans } from "../../../server/src/extract/index.js";

/** "label" for each thing span a rule decided, "kind:label" for anything else it gave. */
function things(text: string, rule: string): string[] {
  return typeText(text)
    .decisions.filter((d) => d.rule === rule)
    .flatMap((d) => d.spans.map((s) => (s.thing ? s.label : `${s.kind}:${s.label}`)));
}

describe("event-name", () => {
  it("reads competitions, events and awards as things", () => {
    expect(things(eventName.example, eventName.id)).toEqual(["Davis Cup", "Six Nations"]);
    expect(things("Chelsea play in the Champions League and the FA Cup.", eventName.id)).toEqual(["Champions League", "FA Cup"]);
    expect(things("She won an Oscar and two Grammys.", eventName.id)).toEqual(["Oscar", "Grammys"]);
    expect(things("The Commonwealth Games open in Melbourne.", eventName.id)).toEqual(["Commonwealth Games"]);
    expect(things("Homes were lost to Hurricane Katrina.", eventName.id)).toEqual(["Hurricane Katrina"]);
    expect(things("He reached the Australian Open final and then the US Open.", eventName.id)).toEqual(["Australian Open", "US Open"]);
    expect(things("Two more titles followed at Wimbledon.", eventName.id)).toEqual(["Wimbledon"]);
    expect(things("England play Ireland in the RBS Six Nations on Sunday.", eventName.id)).toEqual(["RBS Six Nations"]);
    expect(things("Shops opened on Boxing Day and at Easter.", eventName.id)).toEqual(["Boxing Day"]);
    expect(things("They marked Ramadan and Diwali.", eventName.id)).toEqual(["Diwali"]);
  });
  it("holds a holiday against the tagger, which reads a capital with no cue as a person", () => {
    const doc = extractWithSpans({ id: "x", path: "x.txt", text: "Sales rose over Christmas, the firm said. Easter trading was strong." });
    expect(doc.mentions).toEqual([]);
  });
  it("leaves organizations that share a word with them", () => {
    expect(things("The United Nations and the Arab League met.", eventName.id)).toEqual([]);
    expect(things("Oscar Pistorius ran in Pretoria.", eventName.id)).toEqual([]);
    expect(things("She studied at the Open University.", eventName.id)).toEqual([]);
  });
});

describe("agreement-name", () => {
  it("reads treaties, laws and contracts as things", () => {
    expect(things(agreementName.example, agreementName.id)).toEqual(["Oslo Accords"]);
    expect(things("Canada left the Kyoto Protocol; the Patriot Act was renewed.", agreementName.id)).toEqual(["Kyoto Protocol", "Patriot Act"]);
    expect(things("Acme signed a Gas Supply Agreement with Initech.", agreementName.id)).toEqual(["Gas Supply Agreement"]);
  });
  it("leaves bodies named by a pact, a convention or an accord", () => {
    expect(things("The Warsaw Pact and the Southern Baptist Convention met.", agreementName.id)).toEqual([]);
    expect(things("The Democratic Accord won two seats.", agreementName.id)).toEqual([]);
  });
});

describe("product-name", () => {
  it("reads a name before a product noun as a product", () => {
    expect(things(productName.example, productName.id)).toEqual(["PSP"]);
    expect(things("Nintendo's DS handheld sold well.", productName.id)).toEqual(["DS"]);
  });
  it("leaves a maker compromise knows, and a name with no article or owner before it", () => {
    expect(things("Analysts said the Nokia handsets sold well.", productName.id)).toEqual([]);
    expect(things("Analysts said Acme handsets sold well.", productName.id)).toEqual([]);
  });
});

describe("work-title", () => {
  it("reads the name after a work noun as a title", () => {
    expect(things(workTitle.example, workTitle.id)).toEqual(["Vera Drake"]);
    expect(things("Critics loved the BBC drama Bleak House.", workTitle.id)).toEqual(["Bleak House"]);
  });
  it("leaves a verb, an adjective, and a name that modifies the noun after it", () => {
    expect(things("On Sunday they play Chelsea at home.", workTitle.id)).toEqual([]);
    expect(things("There is no single EU customs office.", workTitle.id)).toEqual([]);
    expect(things("He watched the show Jonathan Ross fans loved.", workTitle.id)).toEqual([]);
  });
});

describe("work-kind", () => {
  it("reads a name of two words or more before the kind of work as a title", () => {
    expect(things(workKind.example, workKind.id)).toEqual(["Lord of the Rings"]);
    expect(things("Paramount hopes to revive the Star Trek franchise.", workKind.id)).toEqual(["Star Trek"]);
  });
  it("leaves a name before a noun that may be about it, one word, and a name with no article before it", () => {
    expect(things("He made the Tony Blair documentary.", workKind.id)).toEqual([]);
    expect(things("Fans queued for the Elton John musical.", workKind.id)).toEqual([]);
    expect(things("The latest twist in the Ferguson-Wenger saga came on Saturday.", workKind.id)).toEqual([]);
    expect(things("Fans queued for the Shrek sequel.", workKind.id)).toEqual([]);
    expect(things("Peter Jackson trilogy plans were dropped.", workKind.id)).toEqual([]);
  });
});
