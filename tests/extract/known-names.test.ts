/** The names a document's typed spans introduce, as resolution reads them (known-names.ts). */
import { describe, expect, it } from "vitest";
import { addNames, emptyNames } from "../../server/src/extract/known-names.js";
import type { Span } from "../../server/src/extract/spans.js";

const span = (label: string, kind: Span["kind"], extra: Partial<Span> = {}): Span => ({ start: 0, end: label.length, kind, label, sentence: 0, ...extra });

describe("addNames", () => {
  it("indexes a full name by its first and last words, for a bare word to resolve to", () => {
    const known = addNames(emptyNames(), [span("Harrison Ford", "person")]);
    expect([...(known.persons.get("ford") ?? [])]).toEqual(["Harrison Ford"]);
  });
  it("gives no full name to a person only the tagger typed when the document types its first word an organization", () => {
    const known = addNames(emptyNames(), [span("Apple Mac", "person", { proposed: true }), span("Apple", "organization", { proposed: true }), span("Mac", "organization", { proposed: true })]);
    expect(known.persons.get("mac")).toBeUndefined();
  });
  it("keeps the full name when the tagger reads only its surname as an organization somewhere ('Hewitt fought back')", () => {
    const known = addNames(emptyNames(), [span("Lleyton Hewitt", "person", { proposed: true }), span("Hewitt", "organization", { proposed: true })]);
    expect([...(known.persons.get("hewitt") ?? [])]).toEqual(["Lleyton Hewitt"]);
  });
  it("keeps the full name when a rule typed it, or when no word of it is an organization of the document", () => {
    expect([...(addNames(emptyNames(), [span("Harrison Ford", "person"), span("Ford", "organization")]).persons.get("ford") ?? [])]).toEqual(["Harrison Ford"]);
    expect([...(addNames(emptyNames(), [span("Peter Jackson", "person", { proposed: true }), span("Weta", "organization")]).persons.get("jackson") ?? [])]).toEqual(["Peter Jackson"]);
  });
});
