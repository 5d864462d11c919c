/** Errors the ingest stage throws; callers test the class (and `kind`/`field`), not the wording. */
import type { SkipKind } from "./types.js";

/** A file that cannot be read as a document: binary, empty, missing or not readable. */
export class UnreadableInputError extends Error {
  override name = "UnreadableInputError";
  constructor(
    readonly path: string,
    readonly kind: SkipKind,
    /** The reason alone, without the path, as listed in `SkippedInput.reason`. */
    readonly reason: string,
  ) {
    super(`readInputs: ${path}: ${reason}`);
  }
}

/**
 * A posted or stored record is malformed: names the record's position and the field.
 * `status` is 400 so the API's error middleware (which honours a 4xx `status`) answers
 * Bad Request without ingest importing from the API.
 */
export class InvalidRecordError extends Error {
  override name = "InvalidRecordError";
  readonly status = 400;
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
