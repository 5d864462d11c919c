/**
 * The database schema and its migrations. `PRAGMA user_version` records how many
 * migration steps a file has had; opening runs the missing ones, each in a transaction.
 */
import type Database from "better-sqlite3";
import { SchemaVersionError } from "./errors.js";

const ENTITY_TYPE_CHECK = "CHECK (type IN ('person', 'country', 'organization'))";

/** Step 1: the first schema. Offsets are JS string (UTF-16) indices into `documents.text`. */
const CREATE_V1 = `
CREATE TABLE IF NOT EXISTS documents (
  id TEXT PRIMARY KEY,
  title TEXT,
  source TEXT NOT NULL,
  outlet TEXT,
  url TEXT,
  published TEXT,            -- ISO date (YYYY-MM-DD) when known
  text TEXT NOT NULL,
  hash TEXT NOT NULL UNIQUE, -- content hash: the duplicate check
  added_at TEXT NOT NULL     -- ISO timestamp of ingestion
);
-- Serves listDocuments' order (newest published first, then id) and date ranges.
CREATE INDEX IF NOT EXISTS documents_published ON documents (published DESC, id);

-- The primary keys (document_id, idx) are also the index on document_id that the
-- ON DELETE CASCADE and per-document reads use; WITHOUT ROWID keeps a document's rows together.
CREATE TABLE IF NOT EXISTS sentences (
  document_id TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  idx INTEGER NOT NULL,
  start_offset INTEGER NOT NULL,
  end_offset INTEGER NOT NULL,
  paragraph INTEGER NOT NULL,
  PRIMARY KEY (document_id, idx)
) WITHOUT ROWID;

CREATE TABLE IF NOT EXISTS mentions (
  document_id TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  idx INTEGER NOT NULL,        -- position in the document's mention list
  sentence INTEGER NOT NULL,
  start_offset INTEGER NOT NULL,
  end_offset INTEGER NOT NULL,
  surface TEXT NOT NULL,
  type TEXT NOT NULL ${ENTITY_TYPE_CHECK},
  entity TEXT NOT NULL,
  PRIMARY KEY (document_id, idx)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS mentions_entity ON mentions (entity);

-- The entities exactly as the extractor gave them for each document, so a document
-- comes back as it went in and deleting one removes its aliases too.
CREATE TABLE IF NOT EXISTS document_entities (
  document_id TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  entity TEXT NOT NULL,
  label TEXT NOT NULL,
  type TEXT NOT NULL ${ENTITY_TYPE_CHECK},
  aliases TEXT NOT NULL,       -- JSON array of strings
  UNIQUE (document_id, entity)
);
CREATE INDEX IF NOT EXISTS document_entities_entity ON document_entities (entity);

-- One row per entity id over the corpus: label and type of its first document, aliases
-- unioned over all documents. Derived from document_entities and kept in step by the store.
CREATE TABLE IF NOT EXISTS entities (
  id TEXT PRIMARY KEY,
  label TEXT NOT NULL,
  type TEXT NOT NULL ${ENTITY_TYPE_CHECK},
  aliases TEXT NOT NULL        -- JSON array of strings
);

-- The analyst's decisions in order; undone (or replaced by an import) ones stay, flagged.
CREATE TABLE IF NOT EXISTS curation (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  action TEXT NOT NULL,        -- JSON CurationAction
  at TEXT NOT NULL,            -- ISO timestamp
  undone INTEGER NOT NULL DEFAULT 0 CHECK (undone IN (0, 1))
);
`;

/** Step 2: key-value facts about the database, such as which extractor wrote its mentions. */
const CREATE_V2 = `
CREATE TABLE IF NOT EXISTS meta (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
);
`;

/**
 * Step 3: each document's typed spans before resolution (JSON), which every derivation of the graph
 * resolves again with the names typed in the whole corpus. NULL for documents stored before: their
 * mentions stand as extracted until the changed extractor re-extracts them.
 */
const ADD_SPANS_V3 = `
ALTER TABLE documents ADD COLUMN spans TEXT;
`;

/**
 * Step 4: whether a sentence is a piece of an overlong run of text cut at the sentence length limit
 * (100 KB of names with no stop), so a document read back says which of its "sentences" were cut.
 */
const ADD_SENTENCE_CUT_V4 = `
ALTER TABLE sentences ADD COLUMN cut INTEGER NOT NULL DEFAULT 0 CHECK (cut IN (0, 1));
`;

/**
 * Step 5: no query looks mentions up by entity (the graph is derived from whole documents), yet every
 * commit updated it at a random place for each mention: storing the 2,095 BBC articles wrote 689 MB with it
 * and 437 MB without, and took 0.35 s (a quarter) less CPU.
 */
const DROP_MENTIONS_ENTITY_V5 = `
DROP INDEX IF EXISTS mentions_entity;
`;

/** Migration steps in order: step i takes a database from user_version i to i + 1. */
const MIGRATIONS: readonly string[] = [CREATE_V1, CREATE_V2, ADD_SPANS_V3, ADD_SENTENCE_CUT_V4, DROP_MENTIONS_ENTITY_V5];

/** The schema version this code writes. */
export const SCHEMA_VERSION = MIGRATIONS.length;

function userVersion(db: Database.Database): number {
  return db.pragma("user_version", { simple: true }) as number;
}

/**
 * Runs the migration steps `db` has not had yet, all in one write transaction; the version
 * is read again inside it, so two processes opening a new file at once migrate it once.
 * Refuses a database written by a newer entente.
 */
export function migrate(db: Database.Database, path: string): void {
  const found = userVersion(db);
  if (found > SCHEMA_VERSION) throw new SchemaVersionError(path, found, SCHEMA_VERSION);
  if (found === SCHEMA_VERSION) return;
  db.transaction(() => {
    for (let version = userVersion(db); version < SCHEMA_VERSION; version++) {
      db.exec(MIGRATIONS[version]);
      db.pragma(`user_version = ${version + 1}`);
    }
  }).immediate();
}
