/** Errors the extractor throws, each a kind of the shared hierarchy; callers test the class, not the wording. */
import { InvalidInputError } from "../errors.js";

/** An option passed to `extractDocument`/`extractCorpus` is unknown or of the wrong type. */
export class InvalidExtractOptionError extends InvalidInputError {}

/** A document given to the extractor is not usable (no text, no id). */
export class InvalidDocumentError extends InvalidInputError {}
