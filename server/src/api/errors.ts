/** The one table from error kind to HTTP status, and the middleware that answers `{error}` JSON with it. */
import type { ErrorRequestHandler, RequestHandler } from "express";
import {
  ConflictError,
  EntenteError,
  EnvironmentError,
  ForbiddenError,
  InvalidInputError,
  MethodNotAllowedError,
  NotFoundError,
  PayloadTooLargeError,
  UnauthorizedError,
  UnsupportedMediaTypeError,
} from "../errors.js";

export { InvalidInputError, NotFoundError } from "../errors.js";

/**
 * Kind of error -> status, most specific first: a subclass of a listed kind (the store's
 * InvalidPageError is an InvalidInputError) answers its kind's status.
 */
const STATUS_BY_KIND: readonly [new (...args: never[]) => EntenteError, number][] = [
  [MethodNotAllowedError, 405],
  [UnsupportedMediaTypeError, 415],
  [PayloadTooLargeError, 413],
  [UnauthorizedError, 401],
  [ForbiddenError, 403],
  [NotFoundError, 404],
  [ConflictError, 409],
  [InvalidInputError, 400],
  // A read-only or damaged database: the server is up but cannot do what was asked.
  [EnvironmentError, 503],
];

/** The HTTP status of an entente error (500 for a kind the table does not know). */
export function statusOf(err: EntenteError): number {
  return STATUS_BY_KIND.find(([kind]) => err instanceof kind)?.[1] ?? 500;
}

/** Answers unknown API routes with a JSON 404. */
export const unknownRoute: RequestHandler = (req, _res, next) => {
  next(new NotFoundError(`${req.method} ${req.path}: no such API route`));
};

/**
 * Maps errors to `{error}` JSON: entente's errors by the table above, body-parser's own
 * 4xx errors with their status and a message in terms of the request; anything else is
 * a 500 whose details stay in the server's log, never in the answer.
 */
export const errorHandler: ErrorRequestHandler = (err: unknown, _req, res, _next) => {
  if (err instanceof EntenteError) {
    const status = statusOf(err);
    if (err instanceof MethodNotAllowedError) res.setHeader("Allow", err.allowed.join(", "));
    if (status >= 500) console.error(err);
    res.status(status).json({ error: err.message });
    return;
  }
  const status = (err as { status?: number; statusCode?: number }).status ?? (err as { statusCode?: number }).statusCode;
  if (typeof status === "number" && status >= 400 && status < 500) {
    res.status(status).json({ error: bodyParserMessage(err as Error & { type?: string }) });
    return;
  }
  console.error(err);
  res.status(500).json({ error: "internal error: see the server log" });
};

/** body-parser's errors, said in terms of the request (its own messages name parser internals). */
function bodyParserMessage(err: Error & { type?: string; limit?: number }): string {
  switch (err.type) {
    case "entity.too.large":
      return `request body too large: the limit is ${err.limit} bytes`;
    case "entity.parse.failed":
      return "malformed JSON body: it does not parse as JSON";
    case "encoding.unsupported":
      return "unsupported content encoding";
    default:
      return err.message;
  }
}
