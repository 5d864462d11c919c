/** Temporary database files and a hand-built extracted document for the store tests. */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { afterEach } from "vitest";
import { EntenteStore, type StoredDocumentInput } from "../../server/src/store/index.js";
import type { Mention } from "../../server/src/types.js";

const dirs: string[] = [];
const stores: EntenteStore[] = [];

afterEach(() => {
  for (const s of stores.splice(0)) s.close();
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

/** A fresh folder removed after the test. */
export function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), "entente-store-"));
  dirs.push(dir);
  return dir;
}

/** Opens a store on a new file in a fresh folder; closed after the test. */
export function openTempStore(): EntenteStore {
  return track(EntenteStore.open(join(tempDir(), "entente.db")));
}

/** Closes `store` after the test (closing twice is harmless). */
export function track(store: EntenteStore): EntenteStore {
  stores.push(store);
  return store;
}

/** Counts rows of `sql` (with one parameter) through a second, read-only connection to the file. */
export function countRows(path: string, sql: string, ...params: unknown[]): number {
  const db = new Database(path, { readonly: true });
  try {
    return db.prepare(sql).pluck().get(...params) as number;
  } finally {
    db.close();
  }
}

/** Where `surface` starts in `text` at or after `from`. */
function at(text: string, surface: string, from = 0): number {
  const i = text.indexOf(surface, from);
  if (i < 0) throw new Error(`helpers: "${surface}" not in text`);
  return i;
}

/**
 * Two paragraphs, three sentences, astral and accented characters (offsets are UTF-16
 * indices, so "🇹🇷" counts four), a mention of Turkey under two aliases.
 */
export function handBuiltDocument(overrides: Partial<StoredDocumentInput> = {}): StoredDocumentInput {
  const text = "🇹🇷 Erdoğan met Olaf Scholz in Ankara.\nTurkey and NATO talked.\n\nThe Republic of Türkiye said so.";
  const s1 = at(text, "Turkey");
  const s2 = at(text, "The Republic");
  const m = (surface: string, sentence: number, type: Mention["type"], entity: string, from = 0): Mention => {
    const start = at(text, surface, from);
    return { start, end: start + surface.length, text: surface, type, entity, sentence };
  };
  return {
    id: "ankara-talks",
    path: "fixtures/ankara-talks.txt",
    title: "Ankara talks",
    published: "2024-03-05",
    url: "https://example.org/ankara",
    outlet: "Example Post",
    hash: "hash-ankara",
    text,
    sentences: [
      { start: 0, end: s1 - 1, paragraph: 0 },
      { start: s1, end: s2 - 2, paragraph: 0 },
      { start: s2, end: text.length, paragraph: 1 },
    ],
    mentions: [
      m("Erdoğan", 0, "person", "person:recep-tayyip-erdogan"),
      m("Olaf Scholz", 0, "person", "person:olaf-scholz"),
      m("Turkey", 1, "country", "country:turkey"),
      m("NATO", 1, "organization", "organization:nato"),
      m("Republic of Türkiye", 2, "country", "country:turkey", s2),
    ],
    entities: {
      "person:recep-tayyip-erdogan": { id: "person:recep-tayyip-erdogan", label: "Recep Tayyip Erdoğan", type: "person", aliases: ["Erdoğan"] },
      "person:olaf-scholz": { id: "person:olaf-scholz", label: "Olaf Scholz", type: "person", aliases: ["Olaf Scholz"] },
      "country:turkey": { id: "country:turkey", label: "Turkey", type: "country", aliases: ["Turkey", "Republic of Türkiye"] },
      "organization:nato": { id: "organization:nato", label: "NATO", type: "organization", aliases: ["NATO"] },
    },
    ...overrides,
  };
}

/** The fields of `doc` that an ExtractedDocument has (what `loadExtractedDocuments` gives back). */
export function extractedPart(doc: StoredDocumentInput): Omit<StoredDocumentInput, "hash" | "url" | "outlet"> {
  const { hash: _hash, url: _url, outlet: _outlet, ...rest } = doc;
  return rest;
}
