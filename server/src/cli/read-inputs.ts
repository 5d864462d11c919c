// Moved to server/src/ingest/read-inputs.ts; import from "../ingest/index.js".
export * from "../ingest/read-inputs.js";
