/** Errors the extractor throws; callers test the class, not the wording. */

/** An option passed to `extractDocument`/`extractCorpus` is unknown or of the wrong type. */
export class InvalidExtractOptionError extends Error {
  override name = "InvalidExtractOptionError";
}

/** A document given to the extractor is not usable (no text, no id). */
export class InvalidDocumentError extends Error {
  override name = "InvalidDocumentError";
}
