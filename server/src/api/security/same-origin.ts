/** Refuses writes sent by another site's page (CSRF): the browser's Origin or Sec-Fetch-Site says where they come from. */
import type { RequestHandler } from "express";
import { ForbiddenError } from "../../errors.js";
import { isWrite } from "./is-write.js";

/** Sec-Fetch-Site values of a request started by another site's page. */
const FOREIGN_SITES = new Set(["cross-site", "same-site"]);

/**
 * Browsers name the page behind every cross-origin write in `Origin` (forms, fetch, sendBeacon)
 * and, when they leave it out, in `Sec-Fetch-Site`. The host check has already vouched for the
 * Host header, so a write is same-origin when its Origin names that host. A request carrying
 * neither header is no browser's (curl, scripts) and passes: those are what the token is for.
 */
export function sameOriginWrites(): RequestHandler {
  return (req, _res, next) => {
    if (!isWrite(req)) return next();
    const origin = req.headers.origin;
    if (origin !== undefined) {
      if (hostOf(origin) === req.headers.host?.toLowerCase()) return next();
      return next(new ForbiddenError(`same origin: ${req.method} ${req.originalUrl} from "${origin}" is refused: writes come from this server's own pages`));
    }
    const site = req.headers["sec-fetch-site"];
    if (typeof site === "string" && FOREIGN_SITES.has(site)) {
      return next(new ForbiddenError(`same origin: ${req.method} ${req.originalUrl} from a ${site} page is refused: writes come from this server's own pages`));
    }
    next();
  };
}

/** `http://localhost:3000` -> `localhost:3000`; undefined for `null` (sandboxed pages, file://) and garbage. */
function hostOf(origin: string): string | undefined {
  try {
    return new URL(origin).host.toLowerCase() || undefined;
  } catch {
    return undefined;
  }
}
