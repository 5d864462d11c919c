/** Errors the store throws; callers test the class (and its fields), not the wording. */

/** Base class of every store error: the message names the method and the database. */
export class StoreError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
  }
}

/** The file exists but cannot be opened as an entente database (not SQLite, unreadable, locked). */
export class StoreOpenError extends StoreError {
  constructor(
    readonly path: string,
    cause: unknown,
  ) {
    super(`EntenteStore.open: cannot open "${path}": ${(cause as Error)?.message ?? String(cause)}`, { cause });
  }
}

/** The database was written by a newer entente (its `user_version` is above what this code knows). */
export class SchemaVersionError extends StoreError {
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
export class InvalidDocumentError extends StoreError {
  constructor(
    readonly field: string,
    reason: string,
  ) {
    super(`EntenteStore.addDocument: ${reason}`);
  }
}

/**
 * A curation action is malformed. `status` is 400 so the API's error middleware (which
 * honours a 4xx `status`) answers Bad Request for an imported file without the store
 * importing from the API.
 */
export class InvalidCurationActionError extends StoreError {
  readonly status = 400;
  constructor(
    /** Where the action was handed in (`addDecision`, `replaceDecisions[3]`). */
    readonly where: string,
    readonly reason: string,
  ) {
    super(`EntenteStore.${where}: ${reason}`);
  }
}

/** A stored row cannot be read back (hand-edited or damaged database). */
export class CorruptRowError extends StoreError {
  constructor(table: string, key: string, reason: string) {
    super(`EntenteStore: ${table} row ${key} is unreadable: ${reason}`);
  }
}

/** `listDocuments` was asked for a page that cannot exist (negative or fractional offset or limit). */
export class InvalidPageError extends StoreError {
  readonly status = 400;
  constructor(
    readonly field: "offset" | "limit",
    reason: string,
  ) {
    super(`EntenteStore.listDocuments: ${reason}`);
  }
}
