/** In read-only mode every write answers 403: the explorer is shared, not edited. */
import type { RequestHandler } from "express";
import { ForbiddenError } from "../../errors.js";
import { isWrite } from "./is-write.js";

export function refuseWrites(): RequestHandler {
  return (req, _res, next) => {
    if (!isWrite(req)) return next();
    next(new ForbiddenError(`read-only: ${req.method} ${req.originalUrl} is refused, this server was started with --read-only`));
  };
}
