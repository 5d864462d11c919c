/** Requires `Authorization: Bearer TOKEN` on writes (and on reads with --token-reads), compared in constant time. */
import { createHash, timingSafeEqual } from "node:crypto";
import type { RequestHandler } from "express";
import { UnauthorizedError } from "../../errors.js";
import { isWrite } from "./is-write.js";

export interface BearerTokenOptions {
  token: string;
  /** Reads need the token too. */
  reads: boolean;
}

/** Digests first: timingSafeEqual needs equal lengths, and comparing digests leaks no length either. */
function digest(value: string): Buffer {
  return createHash("sha256").update(value).digest();
}

export function requireBearerToken(options: BearerTokenOptions): RequestHandler {
  const expected = digest(options.token);
  return (req, res, next) => {
    if (!options.reads && !isWrite(req)) return next();
    const match = /^Bearer[ \t]+(\S+)[ \t]*$/i.exec(req.headers.authorization ?? "");
    if (match && timingSafeEqual(digest(match[1]), expected)) return next();
    res.setHeader("WWW-Authenticate", 'Bearer realm="entente"');
    const what = isWrite(req) ? "writes" : "reads";
    next(
      new UnauthorizedError(
        `token: ${req.method} ${req.originalUrl} needs "Authorization: Bearer TOKEN", the token the server was started with (${what} are protected); ` +
          "in the viewer, open the link with #token= that the server printed",
      ),
    );
  };
}
