/** Errors the API answers with a 4xx status, and the middleware that maps them. */
import type { ErrorRequestHandler, RequestHandler } from "express";

/** Base class: an error whose message is safe and useful to show the client. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

/** The named entity, edge or route does not exist (404). */
export class NotFoundError extends HttpError {
  constructor(message: string) {
    super(404, message);
  }
}

/** A parameter or body is malformed (400). */
export class InvalidInputError extends HttpError {
  constructor(message: string) {
    super(400, message);
  }
}

/** Answers unknown API routes with a JSON 404. */
export const unknownRoute: RequestHandler = (req, _res, next) => {
  next(new NotFoundError(`${req.method} ${req.path}: no such API route`));
};

/**
 * Maps errors to `{error}` JSON: HttpErrors and body-parser's own 4xx errors keep
 * their status and message; anything else is a 500 whose details stay in the log.
 */
export const errorHandler: ErrorRequestHandler = (err: unknown, _req, res, _next) => {
  if (err instanceof HttpError) {
    res.status(err.status).json({ error: err.message });
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
      return `malformed JSON body: ${err.message}`;
    default:
      return err.message;
  }
}
