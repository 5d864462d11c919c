/** Opens the SQLite file with the pragmas entente relies on, and brings its schema up to date. */
import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import Database from "better-sqlite3";
import { EntenteError } from "../errors.js";
import { checkIntact, checkWritable } from "./check-file.js";
import { StoreOpenError } from "./errors.js";
import { migrate } from "./schema.js";
import type { StoreOptions } from "./types.js";

export const STORE_DEFAULTS: StoreOptions = {
  // Long enough for `ingest` from the CLI and a running `serve` to take turns writing.
  busyTimeoutMs: 5000,
};

/** WAL pages between automatic checkpoints (see `openDatabase`). */
export const WAL_CHECKPOINT_PAGES = 4000;

/** True for SQLite's in-memory and temporary databases, which have no file or folder. */
export function isMemoryPath(path: string): boolean {
  return path === ":memory:" || path === "";
}

/** Opens (creating it and its folders if needed) and migrates the database at `path`. */
export function openDatabase(path: string, options: Partial<StoreOptions> = {}): Database.Database {
  const { busyTimeoutMs } = { ...STORE_DEFAULTS, ...options };
  let db: Database.Database | undefined;
  try {
    if (!isMemoryPath(path)) {
      mkdirSync(dirname(path), { recursive: true });
      checkWritable(path);
    }
    db = new Database(path);
    db.pragma(`busy_timeout = ${Math.max(0, Math.floor(busyTimeoutMs))}`);
    // WAL: readers (the API) never block the writer (ingestion), and a commit is one append.
    db.pragma("journal_mode = WAL");
    // In WAL mode NORMAL is still crash-safe for the process (a SIGKILL loses nothing committed,
    // the WAL is in the OS's hands at commit) and never corrupts the file; only a power loss may
    // roll back the last commits. FULL would fsync every document and halve ingestion speed.
    db.pragma("synchronous = NORMAL");
    // A checkpoint copies the WAL's pages into the file. At SQLite's default of 1,000 pages an ingestion
    // of BBC articles checkpointed every 20 or so documents, copying the same index pages again each
    // time; at 4,000 (a WAL of up to 16 MB) storing the 2,095 articles writes 10% fewer bytes.
    db.pragma(`wal_autocheckpoint = ${WAL_CHECKPOINT_PAGES}`);
    // Off by default in SQLite; the ON DELETE CASCADE of sentences and mentions depends on it.
    db.pragma("foreign_keys = ON");
    checkIntact(db, path);
  } catch (error) {
    db?.close();
    throw error instanceof StoreOpenError ? error : new StoreOpenError(path, error);
  }
  try {
    migrate(db, path);
  } catch (error) {
    db.close();
    throw error instanceof EntenteError ? error : new StoreOpenError(path, error);
  }
  return db;
}
