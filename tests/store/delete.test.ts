import { describe, expect, it } from "vitest";
import { countRows, handBuiltDocument, openTempStore } from "./helpers.js";

describe("EntenteStore.deleteDocument", () => {
  it("removes exactly that document's sentences, mentions and orphan entities", () => {
    const store = openTempStore();
    store.addDocument(handBuiltDocument({ id: "keep", hash: "1" }));
    const gone = handBuiltDocument({ id: "gone", hash: "2" });
    gone.mentions.push({ start: 0, end: 4, text: "🇹🇷", type: "country", entity: "country:only-here", sentence: 0 });
    gone.entities["country:only-here"] = { id: "country:only-here", label: "Only Here", type: "country", aliases: ["Only Here"] };
    gone.entities["country:turkey"] = { ...gone.entities["country:turkey"], aliases: ["Turkey", "Türkei"] };
    store.addDocument(gone);
    expect(store.getEntity("country:turkey")?.aliases).toContain("Türkei");

    expect(store.deleteDocument("gone")).toBe(true);

    expect(store.hasDocument("gone")).toBe(false);
    expect(store.hasHash("2")).toBeUndefined();
    for (const table of ["sentences", "mentions", "document_entities"]) {
      expect(countRows(store.path, `SELECT count(*) FROM ${table} WHERE document_id = ?`, "gone")).toBe(0);
      expect(countRows(store.path, `SELECT count(*) FROM ${table} WHERE document_id = ?`, "keep")).toBeGreaterThan(0);
    }
    expect(store.getEntity("country:only-here")).toBeUndefined();
    // Still mentioned by "keep": the entity stays, without the alias only "gone" gave it.
    expect(store.getEntity("country:turkey")).toEqual({ id: "country:turkey", label: "Turkey", type: "country", aliases: ["Turkey", "Republic of Türkiye"] });
    expect(store.getDocument("keep")).toMatchObject({ sentenceCount: 3, mentionCount: 5 });
    expect(store.loadExtractedDocuments().map((d) => d.id)).toEqual(["keep"]);
  });

  it("takes an entity's label from the next document when the first one is deleted", () => {
    const store = openTempStore();
    store.addDocument(handBuiltDocument({ id: "first", hash: "1" }));
    const second = handBuiltDocument({ id: "second", hash: "2" });
    second.entities["country:turkey"] = { id: "country:turkey", label: "Türkiye", type: "country", aliases: ["Türkiye"] };
    store.addDocument(second);
    store.addDocument(handBuiltDocument({ id: "third", hash: "3" }));
    expect(store.getEntity("country:turkey")?.label).toBe("Turkey");

    store.deleteDocument("first");

    expect(store.getEntity("country:turkey")).toEqual({
      id: "country:turkey",
      label: "Türkiye",
      type: "country",
      aliases: ["Türkiye", "Turkey", "Republic of Türkiye"],
    });
  });

  it("leaves an entity as it was when the deleted document added nothing of its own to it", () => {
    const store = openTempStore();
    store.addDocument(handBuiltDocument({ id: "first", hash: "1" }));
    store.addDocument(handBuiltDocument({ id: "second", hash: "2" }));
    const before = store.getEntity("country:turkey");
    store.deleteDocument("second");
    expect(store.getEntity("country:turkey")).toEqual(before);
  });

  it("removes the entity rows of the last document that mentions them", () => {
    const store = openTempStore();
    store.addDocument(handBuiltDocument());
    store.deleteDocument("ankara-talks");
    expect(countRows(store.path, "SELECT count(*) FROM entities")).toBe(0);
    expect(countRows(store.path, "SELECT count(*) FROM mentions")).toBe(0);
  });

  it("answers false for an unknown id and changes nothing", () => {
    const store = openTempStore();
    store.addDocument(handBuiltDocument());
    expect(store.deleteDocument("nope")).toBe(false);
    expect(store.countDocuments()).toBe(1);
  });

  it("lets the same content be added again after its deletion", () => {
    const store = openTempStore();
    store.addDocument(handBuiltDocument());
    store.deleteDocument("ankara-talks");
    expect(store.addDocument(handBuiltDocument())).toMatchObject({ added: true, id: "ankara-talks" });
  });
});
