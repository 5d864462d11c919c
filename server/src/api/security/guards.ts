/** The defences as two ordered lists of middleware: one for every request, one for the API. */
import type { RequestHandler } from "express";
import { requireBearerToken } from "./bearer-token.js";
import { requireBodyType, type ExtraBodyTypes } from "./body-type.js";
import { securityHeaders } from "./headers.js";
import { hostCheck } from "./host-check.js";
import { refuseWrites } from "./read-only.js";
import { sameOriginWrites } from "./same-origin.js";

/** What the guards need to know of the server's configuration (ServerConfig has it all). */
export interface AccessOptions {
  /** The bound address; with `allowedHosts`, the names the Host header may carry. */
  host?: string;
  allowedHosts?: readonly string[];
  token?: string;
  tokenReads?: boolean;
  readOnly?: boolean;
}

/** Every request, viewer files included: headers first (refusals carry them too), then the Host check. */
export function appGuards(options: AccessOptions): RequestHandler[] {
  return [securityHeaders(), hostCheck({ host: options.host ?? "127.0.0.1", allowedHosts: options.allowedHosts ?? [] })];
}

/**
 * The API, before its body parsers: a foreign page's write is refused before anything else is
 * said about it; read-only before the token (no token makes a write possible there); the body
 * type last, as only a permitted caller needs to hear which types a route takes.
 */
export function apiGuards(options: AccessOptions, extraBodyTypes: ExtraBodyTypes): RequestHandler[] {
  const guards = [sameOriginWrites()];
  if (options.readOnly) guards.push(refuseWrites());
  if (options.token !== undefined) guards.push(requireBearerToken({ token: options.token, reads: options.tokenReads ?? false }));
  guards.push(requireBodyType(extraBodyTypes));
  return guards;
}
