import { describe, expect, it } from "vitest";
import { syntheticDocument } from "./fixtures/synthetic-document.js";
import { openTempStore } from "./helpers.js";

describe("EntenteStore and cut sentences", () => {
  it("keeps which sentences were cut at the length limit, read back one document or all", () => {
    const store = openTempStore();
    const doc = syntheticDocument(3);
    doc.sentences = doc.sentences.map((s, i) => (i < 2 ? { ...s, cut: true } : s));
    store.addDocument(doc);
    const cutOf = (sentences: { cut?: boolean }[]) => sentences.map((s) => s.cut === true);
    const want = doc.sentences.map((_, i) => i < 2);
    expect(cutOf(store.getDocument(doc.id)!.sentences)).toEqual(want);
    expect(cutOf(store.loadExtractedDocuments()[0].sentences)).toEqual(want);
    // An uncut sentence reads back without the flag, as the extractor writes it.
    expect(store.getDocument(doc.id)!.sentences[2]).not.toHaveProperty("cut");
  });
});
