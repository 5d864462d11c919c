/** Which requests change state: every method but the ones HTTP defines as safe. */
import type { Request } from "express";

/** GET, HEAD and OPTIONS only read (RFC 9110 "safe" methods); anything else may write. */
const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/** True when the request may change state, so the write guards apply to it. */
export function isWrite(req: Request): boolean {
  return !SAFE_METHODS.has(req.method);
}
