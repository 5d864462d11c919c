import { describe, expect, it } from "vitest";
import { splitSentences } from "../../server/src/extract/split-sentences.js";
import { parseTerms } from "../../server/src/extract/parse-terms.js";
import { findCandidates } from "../../server/src/extract/candidate-spans.js";
import { splitLists } from "../../server/src/extract/split-lists.js";

function listed(text: string): string[] {
  const sentences = splitSentences(text);
  const terms = parseTerms(text, sentences);
  return splitLists(text, terms, findCandidates(text, terms, sentences)).map((c) => text.slice(terms[c.first].start, terms[c.last].end));
}

describe("splitLists", () => {
  it("splits names joined by 'and'", () => {
    expect(listed("They said China and Russia met.")).toEqual(["China", "Russia"]);
  });
  it("keeps a country whose name has 'and'", () => {
    expect(listed("He flew to Bosnia and Herzegovina.")).toEqual(["Bosnia and Herzegovina"]);
  });
  it("keeps an organization named with 'of ... and'", () => {
    expect(listed("They fought the Islamic State of Iraq and the Levant.")).toEqual(["Islamic State of Iraq and the Levant"]);
  });
  it("splits two organizations that each have a head word", () => {
    expect(listed("They said the Government of Iraq and the Kurdistan Regional Government agreed.")).toEqual(["Government of Iraq", "Kurdistan Regional Government"]);
  });
  it("keeps a lone common word that shares the head word after the 'and'", () => {
    expect(listed("He runs the Entertainment and Leisure Software Publishers Association now.")).toEqual(["Entertainment and Leisure Software Publishers Association"]);
    expect(listed("It was raised by Trade and Industry Secretary Patricia Hewitt.")).toEqual(["Trade and Industry Secretary Patricia Hewitt"]);
  });
  it("still splits two groups when the head word has no name of its own before it ('Joint and Coalition partners')", () => {
    expect(listed("Our Joint and Coalition partners work hard.")).toEqual(["Joint", "Coalition"]);
  });
});
