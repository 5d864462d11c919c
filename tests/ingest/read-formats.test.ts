import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readInputFile, readInputs, type SkippedInput } from "../../server/src/ingest/index.js";
import { FORMATS } from "./fixtures.js";

function readOne(name: string) {
  const { documents, skipped } = readInputFile(join(FORMATS, name));
  expect(skipped).toEqual([]);
  expect(documents).toHaveLength(1);
  return documents[0];
}

describe("plain text", () => {
  it("takes a short unpunctuated first line as the title and keeps the whole file as text", () => {
    const doc = readOne("article.txt");
    expect(doc.id).toBe("article");
    expect(doc.title).toBe("Merkel and Macron Meet in Paris");
    // The text is the file as read, so offsets into the file stay valid for `extract`.
    expect(doc.text).toBe(readFileSync(join(FORMATS, "article.txt"), "utf8"));
    const start = doc.text.indexOf("Emmanuel Macron");
    expect(readFileSync(join(FORMATS, "article.txt"), "utf8").slice(start, start + 15)).toBe("Emmanuel Macron");
  });
});

describe("markdown", () => {
  it("reads title and date from the front matter and renders the body without markup, URLs, images or code", () => {
    const doc = readOne("front-matter.md");
    expect(doc.title).toBe("Summit in Brussels: NATO leaders gather");
    expect(doc.published).toBe("2024-03-05");
    expect(doc.text).toContain("Jens Stoltenberg welcomed Joe Biden and Rishi Sunak");
    expect(doc.text).toContain("Ukraine asked for more air defence.");
    expect(doc.text).toContain("Russia condemned the meeting.");
    for (const gone of ["**", "*", "[", "](", "http", "example.com", "Photo of the summit", "CODE_SHOULD_NOT_APPEAR", "INLINE_CODE_GONE", "title:", "---", "> ", "- "]) {
      expect(doc.text).not.toContain(gone);
    }
  });

  it("separates blocks with a blank line", () => {
    expect(readOne("front-matter.md").text.split("\n\n")).toContain("Russia condemned the meeting.");
  });

  it("takes the first level-one heading as title when there is no front matter", () => {
    const doc = readOne("heading-title.markdown");
    expect(doc.title).toBe("Oil Prices Fall as OPEC Meets");
    expect(doc.text).toContain("Saudi Arabia and Russia disagreed");
    expect(doc.text).not.toContain("#");
  });
});

describe("html", () => {
  const doc = readOne("page.html");

  it("keeps the article paragraphs, separated by blank lines", () => {
    const paragraphs = doc.text.split("\n\n");
    expect(paragraphs).toContain(
      "German Chancellor Olaf Scholz met President Joe Biden at the White House on Friday, as Congress remained divided over further aid for Ukraine.",
    );
    expect(paragraphs).toContain(
      "Officials from the European Union and the United Nations also attended a dinner later in the evening at the German embassy.",
    );
  });

  it("drops scripts, styles, navigation, header, footer, forms, asides and the cookie banner", () => {
    expect(doc.text).not.toMatch(/MUST_NOT_APPEAR/);
    expect(doc.text).not.toMatch(/cookies|Accept all|Copyright|Sign up/);
  });

  it("reads title, date, outlet and URL from the meta tags", () => {
    expect(doc).toMatchObject({
      id: "page",
      title: "Scholz Visits Washington",
      published: "2024-02-09",
      outlet: "The Daily Planet",
      url: "https://dailyplanet.example/world/scholz-visits-washington",
    });
  });

  it("drops a consent banner and share bar that sit inside the article", () => {
    const inside = readOne("banner-inside.html");
    expect(inside.text).not.toMatch(/MUST_NOT_APPEAR|cookies|Share on/);
    expect(inside.text).toContain("Joe Biden and Xi Jinping met in Bali");
    expect(inside.text).toContain("dominated the talks.\nSergey Lavrov attended");
    expect(inside).toMatchObject({ title: "G20 in Bali", published: "2022-11-15" });
  });

  it("falls back on JSON-LD and the canonical link, and reads .htm", () => {
    expect(readOne("jsonld.htm")).toMatchObject({
      title: "Kishida meets Yoon",
      published: "2023-05-07",
      outlet: "Asia Wire",
      url: "https://asiawire.example/kishida-yoon",
    });
  });
});

describe("json records", () => {
  const { documents, skipped } = readInputFile(join(FORMATS, "records.json"));

  it("reads every record of a list, ids given or <file-stem>-<n>, with their outlet", () => {
    expect(documents.map((d) => d.id)).toEqual(["reuters-001", "records-2"]);
    expect(documents[0]).toMatchObject({
      title: "China and India talk trade",
      outlet: "Reuters",
      url: "https://example.com/1",
      published: "2024-01-15",
      path: join(FORMATS, "records.json"),
    });
    expect(documents[1].published).toBe("2024-03-15");
  });

  it("reports a record without text by its index and keeps the others", () => {
    expect(skipped).toEqual([expect.objectContaining<Partial<SkippedInput>>({ path: join(FORMATS, "records.json"), kind: "invalid-record", index: 2 })]);
    expect(skipped[0].reason).toMatch(/record 2.*"text"/);
  });
});

describe("jsonl records", () => {
  const { documents, skipped } = readInputFile(join(FORMATS, "wire.jsonl"));

  it("reads one record per line, skipping blank lines", () => {
    expect(documents.map((d) => d.id)).toEqual(["ap-1", "wire-2", "ap-6"]);
    expect(documents[0]).toMatchObject({ outlet: "AP", published: "2024-02-01" });
    expect(documents[1].title).toBe("Trade pact");
  });

  it("reports the bad lines by line number with the reason", () => {
    expect(skipped.map((s) => [s.kind, s.line])).toEqual([
      ["invalid-record", 3],
      ["invalid-record", 5],
    ]);
    expect(skipped[0].reason).toMatch(/^line 3: .*"text"/);
    expect(skipped[1].reason).toMatch(/^line 5: not valid JSON/);
  });
});

describe("a folder of every format", () => {
  it("reads them all through readInputs, with a sha256 hash each", () => {
    const { documents } = readInputs([FORMATS]);
    expect(documents.map((d) => d.id).sort()).toEqual(
      ["ap-1", "ap-6", "article", "banner-inside", "front-matter", "heading-title", "jsonld", "page", "records-2", "reuters-001", "wire-2"].sort(),
    );
    for (const d of documents) expect(d.hash).toMatch(/^[0-9a-f]{64}$/);
  });
});
