/** GET /api/status: whether the server is read-only and which requests need its token. */
import type { RequestHandler } from "express";
import type { StatusResponse } from "../../types.js";

export function statusRoute(status: StatusResponse): RequestHandler {
  return (_req, res) => {
    res.json(status);
  };
}
