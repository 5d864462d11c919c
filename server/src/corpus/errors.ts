/** Errors of the live corpus. */

/** A curation decision names an entity that does not exist (`missing`) or is malformed. */
export class CurationError extends Error {
  constructor(
    message: string,
    readonly missing = false,
  ) {
    super(message);
    this.name = "CurationError";
  }
}
