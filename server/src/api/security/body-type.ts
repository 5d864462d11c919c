/** Refuses write bodies of a type the route does not parse on purpose (415), so no form or beacon reaches a route by accident. */
import type { RequestHandler } from "express";
import { UnsupportedMediaTypeError } from "../../errors.js";
import { isWrite } from "./is-write.js";

/** Content types per route, `"POST /documents"`, beyond the JSON every write route takes. */
export type ExtraBodyTypes = Readonly<Record<string, readonly string[]>>;

const JSON_TYPE = "application/json";

/** Chunked or non-empty: the request carries a body to parse (an empty POST, like undo's, has none). */
function hasBody(headers: Record<string, string | string[] | undefined>): boolean {
  return headers["transfer-encoding"] !== undefined || (headers["content-length"] !== undefined && headers["content-length"] !== "0");
}

/**
 * text/plain, form-urlencoded and multipart are what a page of another site can send without a
 * CORS preflight; a route that silently ignored such a body (the curation routes read `{}` then)
 * would act on it. Every write body must therefore be JSON, or a type the route lists in `extra`.
 */
export function requireBodyType(extra: ExtraBodyTypes = {}): RequestHandler {
  return (req, _res, next) => {
    if (!isWrite(req) || !hasBody(req.headers)) return next();
    const route = `${req.method} ${req.path.replace(/(.)\/+$/, "$1")}`;
    const accepted = [JSON_TYPE, ...(extra[route] ?? [])];
    if (req.is(accepted)) return next();
    const given = req.headers["content-type"] ?? "none";
    next(new UnsupportedMediaTypeError(`${route}: content type "${given}" is not accepted; send ${accepted.join(" or ")}`));
  };
}
