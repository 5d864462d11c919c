/** Errors the ingest stage throws, each a kind of the shared hierarchy; callers test the class (and `kind`/`field`), not the wording. */
import { InvalidInputError } from "../errors.js";
import type { SkipKind } from "./types.js";

/** A file that cannot be read as a document: binary, empty, missing, too large, not a regular file. */
export class UnreadableInputError extends InvalidInputError {
  constructor(
    readonly path: string,
    readonly kind: SkipKind,
    /** The reason alone, without the path, as listed in `SkippedInput.reason`. */
    readonly reason: string,
  ) {
    super(`readInputs: ${path}: ${reason}`);
  }
}

/** A posted or stored record is malformed: names the record's position and the field. */
export class InvalidRecordError extends InvalidInputError {
  constructor(
    /** 0-based position of the record in the list (0 for a single record). */
    readonly index: number,
    /** The missing or invalid field, or "record" when the record itself is not an object. */
    readonly field: string,
    /** What is wrong, without the position: `"text" must be a non-empty string`. */
    readonly reason: string,
  ) {
    super(`readRecordsFromBody: record ${index}: ${reason}`);
  }
}
