/**
 * entente's one error hierarchy. Every stage throws a subclass of `EntenteError`;
 * the API maps the kind (not the stage) to an HTTP status in one table
 * (`api/errors.ts`), and the CLI prints any `EntenteError` as one line.
 * Messages name the place that threw and say what to do:
 * `neighbors: limit must be a positive integer, got "-5"`.
 */

/** Base class: an error whose message is safe and useful to show a user (no stack, no server path). */
export class EntenteError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
  }
}

/** A parameter, body, option, file or record is malformed or out of bounds. */
export class InvalidInputError extends EntenteError {}

/** The named entity, document, edge or route does not exist. */
export class NotFoundError extends EntenteError {}

/** The request is well formed but contradicts the stored state (a merge cycle, a duplicate). */
export class ConflictError extends EntenteError {}

/** The caller may not do this: a cross-site write, an unknown Host, a missing token, read-only mode. */
export class ForbiddenError extends EntenteError {}

/** The caller did not prove who they are (a write without the server's bearer token). */
export class UnauthorizedError extends EntenteError {}

/** The body is larger than the configured limit. */
export class PayloadTooLargeError extends EntenteError {}

/** The body's content type is not one the route parses. */
export class UnsupportedMediaTypeError extends EntenteError {}

/** The route exists but not with this HTTP method. */
export class MethodNotAllowedError extends EntenteError {
  constructor(
    message: string,
    /** The methods the route answers, for the `Allow` header. */
    readonly allowed: readonly string[],
  ) {
    super(message);
  }
}

/** The environment stops entente: a read-only or damaged database, a port in use. */
export class EnvironmentError extends EntenteError {}
