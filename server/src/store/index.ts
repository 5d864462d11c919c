/** The store stage: entente's embedded SQLite database of documents and curation decisions. */
export { EntenteStore } from "./entente-store.js";
export { STORE_DEFAULTS } from "./open-database.js";
export { SCHEMA_VERSION } from "./schema.js";
export { toCurationAction } from "./curation-log.js";
export { categoryOf } from "./document-category.js";
export type { AddDocumentResult, AddDocumentsResult, DocumentFilter, StoredDocument, StoredDocumentInput, StoreOptions } from "./types.js";
export {
  CorruptRowError,
  InvalidCurationActionError,
  InvalidDocumentError,
  InvalidPageError,
  SchemaVersionError,
  StoreOpenError,
} from "./errors.js";
