import { describe, expect, it } from "vitest";
import { splitSentences } from "../../server/src/extract/split-sentences.js";
import { parseTerms } from "../../server/src/extract/parse-terms.js";
import { findCandidates, isHeadline } from "../../server/src/extract/candidate-spans.js";

function candidates(text: string): string[] {
  const sentences = splitSentences(text);
  const terms = parseTerms(text, sentences);
  return findCandidates(text, terms, sentences).map((c) => text.slice(terms[c.first].start, terms[c.last].end));
}

describe("findCandidates", () => {
  it("joins titles, initials and abbreviation stops into one run", () => {
    expect(candidates("The commander, Lt. Gen. Stephen J. Townsend, spoke.")).toContain("Lt. Gen. Stephen J. Townsend");
  });
  it("keeps name particles and hyphenated particles inside a name", () => {
    expect(candidates("They met Abu Jandal al-Kuwaiti in Raqqa.")).toContain("Abu Jandal al-Kuwaiti");
  });
  it("keeps 'of' inside organization names", () => {
    expect(candidates("A spokesman for the Ministry of Defence said so.")).toContain("Ministry of Defence");
  });
  it("breaks runs at commas", () => {
    expect(candidates("It includes Kazakhstan, Kyrgyzstan, Tajikistan and more.")).toEqual(["Kazakhstan", "Kyrgyzstan", "Tajikistan"]);
  });
  it("drops a leading function word", () => {
    expect(candidates("But the talks in Geneva failed.")).toEqual(["Geneva"]);
  });
  it("cuts a headline's verb off the name it follows, keeping surnames that are not verbs", () => {
    const found = candidates("Ukraine War: Volodymyr Zelensky Slams Russia Over Devastation in Cities\n\nThe war goes on.");
    expect(found).toContain("Volodymyr Zelensky");
    expect(found.some((c) => c.includes("Slams"))).toBe(false);
    expect(candidates("Tributes For Sam Burns\n\nHe won.")).not.toContain("Sam");
  });
  it("finds acronyms", () => {
    expect(candidates("forces advising the SDF against ISIL fighters")).toEqual(["SDF", "ISIL"]);
  });
});

describe("isHeadline", () => {
  it("recognizes a title-case line without a final stop", () => {
    const text = "White House Urges China To Stop";
    expect(isHeadline(text, { start: 0, end: text.length, paragraph: 0 })).toBe(true);
  });
  it("does not take a line that opens a quote for a headline ('The Foreign Secretary said:')", () => {
    const text = "The Foreign Secretary said:";
    expect(isHeadline(text, { start: 0, end: text.length, paragraph: 0 })).toBe(false);
  });
  it("does not take an ordinary sentence for a headline", () => {
    const text = "The White House urged China to stop.";
    expect(isHeadline(text, { start: 0, end: text.length, paragraph: 0 })).toBe(false);
  });
});

describe("findCandidates (openers)", () => {
  it("drops a question's opening modal and a capitalized pronoun", () => {
    expect(candidates("Will Russia, China Discuss War Against US?")[0]).toBe("Russia");
    expect(candidates("He said Russia sought peace.")).toEqual(["Russia"]);
  });
  it("starts a unit's name at its ordinal", () => {
    expect(candidates("Airmen of the 158th Fighter Wing flew.")).toContain("158th Fighter Wing");
  });
  it("drops a job noun written before a name ('Actress Julia Roberts'), but keeps a name that is also a job ('Martin Luther King')", () => {
    expect(candidates("Actress Julia Roberts will play a spider.")).toEqual(["Julia Roberts"]);
    expect(candidates("Economist Jim Smith said so.")).toEqual(["Jim Smith"]);
    expect(candidates("The crowd heard Martin Luther King speak.")).toEqual(["Martin Luther King"]);
  });
  it("ends a name at a weekday, and joins 'on' only after an organization's head word", () => {
    expect(candidates("The show moves from BBC One on Fridays to Sundays on BBC Two.")).toEqual(["BBC One", "BBC Two"]);
    expect(candidates("You can join Darth Vader on the Dark Side.")).toEqual(["Darth Vader", "Dark Side"]);
    expect(candidates("The Council on Foreign Relations published it.")).toEqual(["Council on Foreign Relations"]);
  });
  it("drops a quantifier that opens a sentence, and never reads 'No' or 'Yes' as a name", () => {
    expect(candidates("All Alfa Romeo models can be bought.")).toEqual(["Alfa Romeo"]);
    expect(candidates("He met the No campaigner Neil Herron.")).toEqual(["Neil Herron"]);
  });
  it("drops a sentence opener compromise lists as an ordinary word ('Meanwhile', 'Later'), but not 'Greater' before a place", () => {
    expect(candidates("Meanwhile Brown said it was fine.")).toEqual(["Brown"]);
    expect(candidates("Later Brown said it was fine.")).toEqual(["Brown"]);
    expect(candidates("Greater Manchester Police said so.")).toEqual(["Greater Manchester Police"]);
  });
  it("joins 'for' only after a head word or title, and never makes 'I'm' a name", () => {
    expect(candidates("Daniela Hantuchova for the Australian Open is ready.")).toEqual(["Daniela Hantuchova", "Australian Open"]);
    expect(candidates("The Minister for the Middle East spoke.")).toEqual(["Minister for the Middle East"]);
    expect(candidates("Follow the Deputy Secretary on Twitter now.")).toEqual(["Deputy Secretary", "Twitter"]);
    expect(candidates("\"I'm sure,\" he said. I’ve seen it.")).toEqual([]);
  });
  it("keeps a hyphenated syllable of a given name ('Ban Ki-moon', 'Moon Jae-in'), but not an English compound ('Scrum-half')", () => {
    expect(candidates("They saw Ban Ki-moon. Kim Jong-un met them, as did Moon Jae-in.")).toEqual(["Ban Ki-moon", "Kim Jong-un", "Moon Jae-in"]);
    expect(candidates("Scrum-half Matt Dawson scored.")).toEqual(["Scrum", "Matt Dawson"]);
  });
  it("joins a possessive of people inside a name ('People's Protection Units', 'Workers' Party'), not a name's ('Russia's Vladimir Putin')", () => {
    expect(candidates("ISIL attacked the People's Protection Units.")).toEqual(["ISIL", "People's Protection Units"]);
    expect(candidates("The Kurdistan Workers' Party is banned.")).toEqual(["Kurdistan Workers' Party"]);
    expect(candidates("Russia's Vladimir Putin spoke. Deutsche Bank's Simon Champion agreed.")).toEqual(["Russia's", "Vladimir Putin", "Deutsche Bank's", "Simon Champion"]);
  });
  it("keeps a sentence-opening surname that is also a verb when a given name's syllables follow ('Ban Ki-moon said')", () => {
    expect(candidates("Ban Ki-moon said the UN would help.")).toEqual(["Ban Ki-moon", "UN"]);
  });
  it("survives a document that ends inside a name or a cue", () => {
    for (const text of ["Ban", "Mr", "Near", "Jaish al-", "Workers'", "The Hon", "Ki-moon", "Attack Helicopters", "(SARC)"]) expect(() => candidates(text)).not.toThrow();
  });
});
