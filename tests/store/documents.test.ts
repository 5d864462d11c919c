import { describe, expect, it } from "vitest";
import { InvalidDocumentError, InvalidPageError } from "../../server/src/store/index.js";
import { extractedPart, handBuiltDocument, openTempStore } from "./helpers.js";

describe("EntenteStore documents", () => {
  it("gives back every field of a stored document, offsets exact", () => {
    const store = openTempStore();
    const doc = handBuiltDocument();
    expect(store.addDocument(doc)).toEqual({ added: true, id: "ankara-talks", requestedId: "ankara-talks" });
    const stored = store.getDocument("ankara-talks")!;
    const { hash, url, outlet, ...extracted } = doc;
    // The category is the last folder of the stored path ("fixtures/ankara-talks.txt" -> "fixtures").
    expect(stored).toEqual({ ...extracted, hash, url, outlet, category: "fixtures", addedAt: expect.any(String), sentenceCount: 3, mentionCount: 5 });
    expect(Number.isNaN(Date.parse(stored.addedAt))).toBe(false);
    for (const m of stored.mentions) expect(stored.text.slice(m.start, m.end)).toBe(m.text);
    expect(stored.text.slice(stored.sentences[2].start, stored.sentences[2].end)).toBe("The Republic of Türkiye said so.");
  });

  it("leaves optional fields absent when the document has none", () => {
    const store = openTempStore();
    const { title: _t, published: _p, url: _u, outlet: _o, ...bare } = handBuiltDocument();
    store.addDocument(bare);
    const stored = store.getDocument("ankara-talks")!;
    for (const field of ["title", "published", "url", "outlet"]) expect(stored).not.toHaveProperty(field);
  });

  it("stores nothing for a second document with the same content hash", () => {
    const store = openTempStore();
    store.addDocument(handBuiltDocument());
    const again = store.addDocument(handBuiltDocument({ id: "other-name", title: "Changed" }));
    expect(again).toEqual({ added: false, requestedId: "other-name", duplicateOf: "ankara-talks" });
    expect(store.countDocuments()).toBe(1);
    expect(store.hasDocument("other-name")).toBe(false);
    expect(store.hasHash("hash-ankara")).toBe("ankara-talks");
    expect(store.hasHash("hash-unknown")).toBeUndefined();
  });

  it("stores a different document with a taken id under <id>-2, then <id>-3", () => {
    const store = openTempStore();
    store.addDocument(handBuiltDocument());
    expect(store.addDocument(handBuiltDocument({ hash: "h2" }))).toEqual({ added: true, id: "ankara-talks-2", requestedId: "ankara-talks" });
    expect(store.addDocument(handBuiltDocument({ hash: "h3" }))).toEqual({ added: true, id: "ankara-talks-3", requestedId: "ankara-talks" });
    expect(store.getDocument("ankara-talks-3")?.hash).toBe("h3");
    expect(store.getDocument("ankara-talks")?.hash).toBe("hash-ankara");
  });

  it("adds a list one document at a time and says which were added and which were duplicates", () => {
    const store = openTempStore();
    const result = store.addDocuments([
      handBuiltDocument({ id: "a", hash: "ha" }),
      handBuiltDocument({ id: "b", hash: "ha" }),
      handBuiltDocument({ id: "a", hash: "hc" }),
    ]);
    expect(result).toEqual({
      added: [
        { index: 0, id: "a", requestedId: "a" },
        { index: 2, id: "a-2", requestedId: "a" },
      ],
      skipped: [{ index: 1, requestedId: "b", duplicateOf: "a" }],
    });
  });

  it("keeps the documents before one that is refused", () => {
    const store = openTempStore();
    expect(() => store.addDocuments([handBuiltDocument({ id: "a", hash: "ha" }), handBuiltDocument({ id: "b", hash: "" })])).toThrow(
      InvalidDocumentError,
    );
    expect(store.hasDocument("a")).toBe(true);
    expect(store.countDocuments()).toBe(1);
  });

  it("refuses a document whose entity keys differ from the entity ids", () => {
    const store = openTempStore();
    const doc = handBuiltDocument();
    doc.entities["country:türkiye"] = doc.entities["country:turkey"];
    expect(() => store.addDocument(doc)).toThrow(InvalidDocumentError);
    expect(store.countDocuments()).toBe(0);
  });

  it("stores nothing of a document whose insert fails halfway", () => {
    const store = openTempStore();
    const doc = handBuiltDocument();
    // An entity type the schema's CHECK refuses: fails after the document row is written.
    doc.mentions[4] = { ...doc.mentions[4], type: "place" as never };
    expect(() => store.addDocument(doc)).toThrow();
    expect(store.countDocuments()).toBe(0);
    expect(store.hasHash("hash-ankara")).toBeUndefined();
    expect(store.getEntity("person:olaf-scholz")).toBeUndefined();
  });

  it("lists newest published first, then by id, undated last, with counts", () => {
    const store = openTempStore();
    store.addDocument(handBuiltDocument({ id: "b-old", hash: "1", published: "2023-01-01" }));
    store.addDocument(handBuiltDocument({ id: "undated", hash: "2", published: undefined }));
    store.addDocument(handBuiltDocument({ id: "c-new", hash: "3", published: "2024-06-01" }));
    store.addDocument(handBuiltDocument({ id: "a-new", hash: "4", published: "2024-06-01" }));
    expect(store.listDocuments(0, 10).map((d) => d.id)).toEqual(["a-new", "c-new", "b-old", "undated"]);
    expect(store.listDocuments(1, 2).map((d) => d.id)).toEqual(["c-new", "b-old"]);
    expect(store.listDocuments(0, 1)[0]).toMatchObject({ sentenceCount: 3, mentionCount: 5, hash: "4", outlet: "Example Post" });
    expect(store.countDocuments()).toBe(4);
  });

  it("refuses a negative page", () => {
    const store = openTempStore();
    expect(() => store.listDocuments(-1, 10)).toThrow(InvalidPageError);
    expect(() => store.listDocuments(0, 1.5)).toThrow(InvalidPageError);
  });

  it("loads every document as extracted, in ingestion order", () => {
    const store = openTempStore();
    const first = handBuiltDocument({ id: "z-first", hash: "1" });
    const second = handBuiltDocument({ id: "a-second", hash: "2", published: undefined, title: undefined });
    store.addDocuments([first, second]);
    const loaded = store.loadExtractedDocuments();
    expect(loaded).toEqual([extractedPart(first), extractedPart(second)]);
    expect(loaded[1]).not.toHaveProperty("published");
  });

  it("unions an entity's aliases across documents and keeps the first label", () => {
    const store = openTempStore();
    store.addDocument(handBuiltDocument({ id: "a", hash: "1" }));
    const later = handBuiltDocument({ id: "b", hash: "2" });
    later.entities["country:turkey"] = { id: "country:turkey", label: "Türkiye", type: "country", aliases: ["Türkiye", "Turkey"] };
    store.addDocument(later);
    expect(store.getEntity("country:turkey")).toEqual({
      id: "country:turkey",
      label: "Turkey",
      type: "country",
      aliases: ["Turkey", "Republic of Türkiye", "Türkiye"],
    });
    // Each document still gives back the entity exactly as its extraction had it.
    expect(store.getDocument("b")!.entities["country:turkey"].aliases).toEqual(["Türkiye", "Turkey"]);
  });
});
