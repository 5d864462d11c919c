/** Records built from pasted text and dropped files for POST /api/documents. */
import { describe, expect, it } from "vitest";
import { jsonRecords, textRecord, UnreadableFileError } from "../../client/src/ingest/utils";

describe("textRecord", () => {
  it("takes a short first line as the title, without Markdown marks", () => {
    expect(textRecord("# Putin meets Xi\n\nThe two leaders met in Beijing.", "a.md")).toEqual({
      title: "Putin meets Xi",
      text: "# Putin meets Xi\n\nThe two leaders met in Beijing.",
      source: "a.md",
    });
  });
  it("keeps a given title and refuses an empty text", () => {
    expect(textRecord("Text.", "pasted text", "Mine").title).toBe("Mine");
    expect(() => textRecord("  \n ", "empty.txt")).toThrow(UnreadableFileError);
  });
});

describe("jsonRecords", () => {
  it("reads one record, a list, and JSON lines, naming the file as source", () => {
    expect(jsonRecords('{"text":"A."}', "one.json")).toEqual([{ text: "A.", source: "one.json" }]);
    expect(jsonRecords('[{"text":"A."},{"text":"B.","source":"wire"}]', "list.json").map((r) => r.source)).toEqual(["list.json", "wire"]);
    expect(jsonRecords('{"text":"A."}\n\n{"text":"B."}\n', "lines.jsonl")).toHaveLength(2);
  });
  it("rejects malformed JSON and records without text", () => {
    expect(() => jsonRecords("{", "bad.json")).toThrow(UnreadableFileError);
    expect(() => jsonRecords('{"title":"no text"}', "bad.json")).toThrow(UnreadableFileError);
  });
});
