/** The ingest stage: reading documents from files and folders. */
export { readInputs, listInputFiles, readTextDocument, TEXT_EXTENSIONS, type ReadResult, type SkippedInput } from "./read-inputs.js";
