/** Errors the store throws, each a kind of the shared hierarchy; callers test the class (and its fields), not the wording. */
import { EnvironmentError, InvalidInputError } from "../errors.js";

/** The file exists but cannot be opened as an entente database (not SQLite, unreadable, read-only, damaged, locked). */
export class StoreOpenError extends EnvironmentError {
  constructor(
    /** The path as the user named it (relative paths stay relative). */
    readonly path: string,
    cause: unknown,
  ) {
    super(`EntenteStore.open: cannot open "${path}": ${(cause as Error)?.message ?? String(cause)}`, { cause });
  }
}

/** The database was written by a newer entente (its `user_version` is above what this code knows). */
export class SchemaVersionError extends EnvironmentError {
  constructor(
    readonly path: string,
    readonly found: number,
    readonly supported: number,
  ) {
    super(
      `EntenteStore.open: "${path}" has schema version ${found}, this entente knows up to ${supported}; ` +
        `upgrade entente or choose another --db`,
    );
  }
}

/** A document handed to the store lacks what the store needs to keep it (an id or a content hash). */
export class InvalidDocumentError extends InvalidInputError {
  constructor(
    readonly field: string,
    reason: string,
  ) {
    super(`EntenteStore.addDocument: ${reason}`);
  }
}

/** A curation action is malformed (the API answers 400 through the shared hierarchy). */
export class InvalidCurationActionError extends InvalidInputError {
  constructor(
    /** Where the action was handed in (`addDecision`, `replaceDecisions[3]`). */
    readonly where: string,
    readonly reason: string,
  ) {
    super(`EntenteStore.${where}: ${reason}`);
  }
}

/** A stored row cannot be read back (hand-edited or damaged database). */
export class CorruptRowError extends EnvironmentError {
  constructor(table: string, key: string, reason: string) {
    super(`EntenteStore: ${table} row ${key} is unreadable: ${reason}`);
  }
}

/** `listDocuments` was asked for a page that cannot exist (negative or fractional offset or limit). */
export class InvalidPageError extends InvalidInputError {
  constructor(
    readonly field: "offset" | "limit",
    reason: string,
  ) {
    super(`EntenteStore.listDocuments: ${reason}`);
  }
}
