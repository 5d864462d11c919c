/** The reader's text cut into sentences and mentions, the documents list's view edits, and the timeline's bins. */
import { describe, expect, it } from "vitest";
import type { Mention, SentenceSpan } from "../../server/src/types";
import { editView, listTitle } from "../../client/src/documents/utils";
import { documentLine, readerStretches } from "../../client/src/reader/utils";
import { binDays, binUnit } from "../../client/src/timeline/utils";

const TEXT = "Summit\n\nPutin met Xi Jinping. Xi praised Putin.";
const SENTENCES: SentenceSpan[] = [
  { start: 8, end: 29, paragraph: 1 },
  { start: 30, end: 47, paragraph: 1 },
];
function mention(text: string, from: number, entity: string, sentence: number): Mention {
  const start = TEXT.indexOf(text, from);
  return { start, end: start + text.length, text, type: "person", entity, sentence };
}
const MENTIONS = [mention("Putin", 0, "person:vladimir-putin", 0), mention("Xi Jinping", 0, "person:xi-jinping", 0), mention("Xi", 30, "person:xi-jinping", 1), mention("Putin", 30, "person:vladimir-putin", 1)];

describe("the reader's stretches", () => {
  const stretches = readerStretches(TEXT, SENTENCES, MENTIONS);

  it("give the text back exactly, line breaks and gaps included", () => {
    expect(stretches.flatMap((s) => s.pieces.map((p) => p.text)).join("")).toBe(TEXT);
  });

  it("cut each sentence into plain text and its mentions, in order", () => {
    expect(stretches.map((s) => s.sentence)).toEqual([null, 0, null, 1]);
    expect(stretches[1].pieces.map((p) => [p.text, p.mention?.entity])).toEqual([
      ["Putin", "person:vladimir-putin"],
      [" met ", undefined],
      ["Xi Jinping", "person:xi-jinping"],
      [".", undefined],
    ]);
    expect(stretches[3].pieces.filter((p) => p.mention).map((p) => p.text)).toEqual(["Xi", "Putin"]);
  });

  it("leave an overlapping or stray mention as plain text rather than repeat or lose characters", () => {
    const overlapping = { ...MENTIONS[1], start: MENTIONS[1].start - 2 };
    const stray = { ...MENTIONS[2], sentence: 0 };
    const pieces = readerStretches(TEXT, SENTENCES, [MENTIONS[0], overlapping, MENTIONS[1], stray]);
    expect(pieces.flatMap((s) => s.pieces.map((p) => p.text)).join("")).toBe(TEXT);
    expect(pieces[1].pieces.filter((p) => p.mention).map((p) => p.text)).toEqual(["Putin", "t Xi Jinping"]);
  });
});

describe("a document's line", () => {
  it("names title, outlet and date, leaving out what is unknown", () => {
    expect(documentLine({ id: "a", title: "Summit", outlet: "Reuters", published: "2023-01-22" })).toBe("Summit · Reuters · 2023-01-22");
    expect(documentLine({ document: "000_x" })).toBe("000_x");
  });
});

describe("the documents list's view", () => {
  it("drops emptied fields, the default order and a neighbor without entity, and puts dates in order", () => {
    expect(editView({ q: "gas", outlet: "Reuters" }, { q: "", sort: "newest" })).toEqual({ outlet: "Reuters" });
    expect(editView({ entity: "a", neighbor: "b" }, { entity: undefined })).toEqual({});
    expect(editView({}, { from: "2023-03-01", to: "2023-01-01" })).toEqual({ from: "2023-01-01", to: "2023-03-01" });
  });

  it("says what it lists", () => {
    const label = (id: string) => ({ a: "Emmanuel Macron", b: "Olaf Scholz" })[id] ?? id;
    expect(listTitle(1, { entity: "a" }, label)).toBe("1 document mentioning Emmanuel Macron");
    expect(listTitle(3, { entity: "a", neighbor: "b" }, label)).toBe("3 documents with Emmanuel Macron and Olaf Scholz in one sentence");
    expect(listTitle(2097, {}, label)).toBe("2,097 documents");
  });
});

describe("the timeline's bins", () => {
  it("are days over a short span, with empty days kept for the time scale", () => {
    const { unit, bins } = binDays([{ date: "2022-09-16", count: 1 }, { date: "2022-09-18", count: 2 }], "2022-09-16", "2022-09-18");
    expect(unit).toBe("day");
    expect(bins.map((b) => [b.start, b.count])).toEqual([["2022-09-16", 1], ["2022-09-17", 0], ["2022-09-18", 2]]);
  });

  it("are months over the seeds' 106 days, each month counting its days", () => {
    const { unit, bins } = binDays([{ date: "2022-09-16", count: 1 }, { date: "2022-12-30", count: 1 }, { date: "2022-12-01", count: 2 }], "2022-09-16", "2022-12-30");
    expect(unit).toBe("month");
    expect(bins.map((b) => [b.start, b.end, b.count])).toEqual([
      ["2022-09-01", "2022-09-30", 1],
      ["2022-10-01", "2022-10-31", 0],
      ["2022-11-01", "2022-11-30", 0],
      ["2022-12-01", "2022-12-31", 3],
    ]);
  });

  it("are years beyond ten years, and leave out days outside the range", () => {
    expect(binUnit(92)).toBe("day");
    expect(binUnit(3653)).toBe("month");
    const { unit, bins } = binDays([{ date: "1999-05-01", count: 4 }, { date: "2001-02-28", count: 1 }], "2000-01-01", "2012-12-31");
    expect(unit).toBe("year");
    expect(bins).toHaveLength(13);
    expect(bins.reduce((sum, b) => sum + b.count, 0)).toBe(1);
    expect(bins[1]).toEqual({ start: "2001-01-01", end: "2001-12-31", count: 1 });
  });
});
