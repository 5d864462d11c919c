/** The ingest stage: reading documents from files, folders and API bodies. */
export {
  readInputs,
  readInputFile,
  listInputFiles,
  readTextDocument,
  FORMAT_READERS,
  INPUT_EXTENSIONS,
  TEXT_EXTENSIONS,
} from "./read-inputs.js";
export type { ReadDocument, ReadResult, SkippedInput, SkipKind, FormatReader, FormatResult } from "./types.js";
export type { InputLimits } from "./read-inputs.js";
export { InvalidRecordError, UnreadableInputError } from "./errors.js";
export { readRecordsFromBody, recordToDocument } from "./read-records.js";
export { readContent } from "./read-content.js";
export { readPlainTextBody } from "./read-plain-text.js";
export { readUploads, uploadPath, type UploadedFile } from "./read-uploads.js";
export { contentHash, normaliseForHash } from "./content-hash.js";
export { decodeText, looksBinary } from "./decode-text.js";
export { normalisePublished } from "./normalise-date.js";
export { inputName, presentPath, documentPath } from "./document-path.js";
export { detectTitleLine } from "./read-txt.js";
export { detectDateline, type Dateline } from "./detect-dateline.js";
