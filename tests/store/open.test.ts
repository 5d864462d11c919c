import { existsSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { EntenteStore, SCHEMA_VERSION, SchemaVersionError, StoreOpenError } from "../../server/src/store/index.js";
import { syntheticDocument } from "./fixtures/synthetic-document.js";
import { countRows, handBuiltDocument, tempDir, track } from "./helpers.js";

function pragma(path: string, name: string): unknown {
  const db = new Database(path, { readonly: true });
  try {
    return db.pragma(name, { simple: true });
  } finally {
    db.close();
  }
}

describe("EntenteStore.open", () => {
  it("creates the file and its missing folders", () => {
    const path = join(tempDir(), "data", "deep", "entente.db");
    const store = track(EntenteStore.open(path));
    expect(store.path).toBe(path);
    expect(existsSync(path)).toBe(true);
  });

  it("puts the database in WAL mode, which a second connection sees", () => {
    const path = join(tempDir(), "entente.db");
    const store = track(EntenteStore.open(path));
    store.addDocument(handBuiltDocument());
    expect(pragma(path, "journal_mode")).toBe("wal");
    expect(existsSync(`${path}-wal`)).toBe(true);
  });

  it("gives back every document after close and reopen", () => {
    const path = join(tempDir(), "entente.db");
    const first = EntenteStore.open(path);
    first.addDocument(handBuiltDocument());
    const before = first.getDocument("ankara-talks");
    first.close();
    const second = track(EntenteStore.open(path));
    expect(second.getDocument("ankara-talks")).toEqual(before);
    expect(second.addDocument(handBuiltDocument())).toMatchObject({ added: false });
  });

  it("records the schema version, and refuses a database from a newer entente", () => {
    const path = join(tempDir(), "entente.db");
    track(EntenteStore.open(path)).close();
    expect(pragma(path, "user_version")).toBe(SCHEMA_VERSION);
    const db = new Database(path);
    db.pragma(`user_version = ${SCHEMA_VERSION + 1}`);
    db.close();
    expect(() => EntenteStore.open(path)).toThrow(SchemaVersionError);
  });

  it("migrates a schema 4 database: drops the index on mentions' entity, which no query reads, and keeps the documents", () => {
    const path = join(tempDir(), "entente.db");
    const first = EntenteStore.open(path);
    first.addDocument(handBuiltDocument());
    const before = first.getDocument("ankara-talks");
    first.close();
    const db = new Database(path);
    db.exec("CREATE INDEX mentions_entity ON mentions (entity)");
    db.pragma("user_version = 4");
    db.close();
    const second = track(EntenteStore.open(path));
    expect(pragma(path, "user_version")).toBe(SCHEMA_VERSION);
    expect(countRows(path, "SELECT count(*) FROM sqlite_master WHERE type = 'index' AND name = ?", "mentions_entity")).toBe(0);
    expect(second.getDocument("ankara-talks")).toEqual(before);
  });

  it("lets the WAL grow past SQLite's default of 1,000 pages before checkpointing it", () => {
    const path = join(tempDir(), "entente.db");
    const store = track(EntenteStore.open(path));
    const page = pragma(path, "page_size") as number;
    // At the default the WAL file is reused from its start once it holds 1,000 pages, so it never gets this long.
    let n = 0;
    while (n < 2000 && (!existsSync(`${path}-wal`) || statSync(`${path}-wal`).size < 2000 * page)) store.addDocument(syntheticDocument(n++));
    expect(statSync(`${path}-wal`).size).toBeGreaterThanOrEqual(2000 * page);
    expect(store.countDocuments()).toBe(n);
  });

  it("refuses a file that is not a SQLite database, naming it", () => {
    const path = join(tempDir(), "notes.db");
    writeFileSync(path, "these are not the tables you are looking for\n".repeat(200));
    expect(() => EntenteStore.open(path)).toThrow(StoreOpenError);
    expect(() => EntenteStore.open(path)).toThrow(path);
  });

  it("opens an in-memory store for throwaway use", () => {
    const store = track(EntenteStore.open(":memory:"));
    store.addDocument(handBuiltDocument());
    expect(store.countDocuments()).toBe(1);
  });
});
