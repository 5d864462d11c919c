import { describe, expect, it } from "vitest";
import { contentHash, InvalidRecordError, readRecordsFromBody } from "../../server/src/ingest/index.js";
import { InvalidInputError } from "../../server/src/errors.js";

function rejection(body: unknown): InvalidRecordError {
  try {
    readRecordsFromBody(body);
  } catch (err) {
    expect(err).toBeInstanceOf(InvalidRecordError);
    return err as InvalidRecordError;
  }
  throw new Error("expected readRecordsFromBody to throw");
}

describe("readRecordsFromBody", () => {
  it("accepts a single record with its outlet", () => {
    const [doc] = readRecordsFromBody({ id: "x1", text: "Emmanuel Macron visited China.", outlet: "AFP", published: "2023-04-05T10:00:00Z" });
    expect(doc).toEqual({ id: "x1", path: "api", text: "Emmanuel Macron visited China.", outlet: "AFP", published: "2023-04-05" });
  });

  it("still takes the deprecated `source` as the outlet, and `outlet` wins when both are given", () => {
    expect(readRecordsFromBody({ text: "Lula spoke.", source: "AFP" })[0]).toMatchObject({ path: "api", outlet: "AFP" });
    expect(readRecordsFromBody({ text: "Lula spoke.", source: "AFP", outlet: "Reuters" })[0].outlet).toBe("Reuters");
  });

  it("accepts a list and gives records without id a stable id from their content", () => {
    const text = "Lula met Xi Jinping in Beijing.";
    const docs = readRecordsFromBody([{ text }, { id: 7, text: "Chile and Peru signed a treaty." }]);
    expect(docs.map((d) => d.id)).toEqual([`doc-${contentHash(text).slice(0, 12)}`, "7"]);
    expect(readRecordsFromBody([{ text }])[0].id).toBe(docs[0].id);
  });

  it("names the missing text and the record's index", () => {
    const err = rejection([{ text: "Fine." }, { title: "No text" }]);
    expect([err.index, err.field]).toEqual([1, "text"]);
    expect(err).toBeInstanceOf(InvalidInputError);
  });

  it("rejects blank text, a non-object record, a non-string title and an unparseable date, naming the field", () => {
    expect(rejection({ text: "   " }).field).toBe("text");
    expect(rejection(["just a string"]).field).toBe("record");
    expect(rejection(null).field).toBe("record");
    expect(rejection({ text: "Ok.", title: 5 }).field).toBe("title");
    expect(rejection({ text: "Ok.", published: "someday" }).field).toBe("published");
    expect(rejection({ text: "Ok.", id: "" }).field).toBe("id");
  });

  it("rejects an empty list", () => {
    expect(rejection([]).field).toBe("record");
  });
});
