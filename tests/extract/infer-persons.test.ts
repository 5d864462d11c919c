import { describe, expect, it } from "vitest";
import { found } from "./helpers.js";

const persons = (text: string): string[] => found(text).filter((m) => m.startsWith("person:"));

describe("inferPersons (people by what the sentence says they do)", () => {
  it("reads Xi Jinping as a person when he is met", () => {
    expect(persons("Vladimir Putin met Xi Jinping in Samarkand, Uzbekistan.")).toEqual([
      "person:Vladimir Putin -> person:vladimir-putin",
      "person:Xi Jinping -> person:xi-jinping",
    ]);
  });
  it("reads Xi Jinping as a person when he meets someone", () => {
    expect(persons("Xi Jinping met Vladimir Putin in Samarkand.")).toContain("person:Xi Jinping -> person:xi-jinping");
  });
  it("reads a name joined by 'and' to a known person as a person", () => {
    expect(persons("Justin Trudeau met Rishi Sunak and Vladimir Putin in Canada.")).toEqual([
      "person:Justin Trudeau -> person:justin-trudeau",
      "person:Rishi Sunak -> person:rishi-sunak",
      "person:Vladimir Putin -> person:vladimir-putin",
    ]);
  });
  it("reads the object of 'spoke with' and the subject of 'welcomed' as persons", () => {
    expect(persons("The minister spoke with Rishi Sunak on Monday.")).toContain("person:Rishi Sunak -> person:rishi-sunak");
    expect(persons("Rishi Sunak welcomed the decision.")).toContain("person:Rishi Sunak -> person:rishi-sunak");
  });
  it("leaves places and organizations alone", () => {
    expect(persons("Delegates visited Silicon Valley.")).toEqual([]);
    expect(found("Analysts told Sky News the deal was done.")).toEqual(["organization:Sky News -> organization:sky-news"]);
  });
});
