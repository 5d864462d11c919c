import { describe, expect, it } from "vitest";
import { contentHash, decodeText, detectTitleLine, looksBinary, normalisePublished, UnreadableInputError } from "../../server/src/ingest/index.js";

describe("detectTitleLine", () => {
  it("takes a short first line without final punctuation followed by more text", () => {
    expect(detectTitleLine("Putin Meets Xi\n\nThe two leaders met.")).toBe("Putin Meets Xi");
    expect(detectTitleLine("Putin Meets Xi\nThe two leaders met.")).toBe("Putin Meets Xi");
  });

  it("does not take a sentence, a long line or the only line", () => {
    expect(detectTitleLine("Putin met Xi on Thursday.\n\nMore.")).toBeUndefined();
    expect(detectTitleLine('He said "we agree."\nMore.')).toBeUndefined();
    expect(detectTitleLine(`${"word ".repeat(50)}\n\nMore.`)).toBeUndefined();
    expect(detectTitleLine("Putin Meets Xi")).toBeUndefined();
    expect(detectTitleLine("Putin Meets Xi\n\n  \n")).toBeUndefined();
  });
});

describe("decodeText", () => {
  it("decodes UTF-8 and strips the BOM", () => {
    expect(decodeText(Buffer.from("\ufeffZürich", "utf8"), "f")).toEqual({ text: "Zürich", encoding: "utf-8" });
  });

  it("falls back on Windows-1252 with the euro sign, dashes and curly quotes", () => {
    const bytes = Buffer.from([0x80, 0x35, 0x20, 0x96, 0x20, 0x91, 0x6f, 0x6b, 0x92, 0x20, 0xe9]);
    expect(decodeText(bytes, "f")).toEqual({ text: "€5 – ‘ok’ é", encoding: "windows-1252" });
  });

  it("decodes UTF-16 with a BOM although it is full of NUL bytes", () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("Kyiv", "utf16le")]);
    expect(decodeText(bytes, "f").text).toBe("Kyiv");
  });

  it("throws UnreadableInputError of kind binary or empty", () => {
    expect(() => decodeText(Buffer.from([0x41, 0x00, 0x42]), "f")).toThrow(UnreadableInputError);
    expect(() => decodeText(Buffer.from(" \n\t"), "f")).toThrow(UnreadableInputError);
  });

  it("takes mostly control characters for binary, but not ordinary text", () => {
    expect(looksBinary(Buffer.from([1, 2, 3, 4, 0x41, 5, 6]))).toBe(true);
    expect(looksBinary(Buffer.from("Line one\r\n\tLine two\f"))).toBe(false);
  });
});

describe("contentHash", () => {
  it("ignores differences of whitespace and line ends and Unicode composition", () => {
    expect(contentHash("Café  met\r\nOlaf ")).toBe(contentHash("Cafe\u0301 met\nOlaf"));
  });

  it("tells different texts apart and is sha256 hex", () => {
    expect(contentHash("a")).not.toBe(contentHash("b"));
    expect(contentHash("abc")).toBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  });
});

describe("normalisePublished", () => {
  it("keeps the day of an ISO date or timestamp as written", () => {
    expect(normalisePublished("2024-02-09T23:30:00-05:00")).toBe("2024-02-09");
    expect(normalisePublished("2024/2/9")).toBe("2024-02-09");
  });

  it("parses written-out dates", () => {
    expect(normalisePublished("15 March 2024")).toBe("2024-03-15");
    expect(normalisePublished("March 15, 2024")).toBe("2024-03-15");
  });

  it("returns undefined for what is not a date", () => {
    expect(normalisePublished("2024-02-30")).toBeUndefined();
    expect(normalisePublished("20240209")).toBeUndefined();
    expect(normalisePublished("soon")).toBeUndefined();
    expect(normalisePublished(42)).toBeUndefined();
  });
});
