/** GET /api/openapi.json: the OpenAPI 3.1 description of this API. */
import type { RequestHandler } from "express";
import { buildOpenApiDocument, type DescribeOptions } from "../openapi/index.js";

export function openApiRoute(options: DescribeOptions): RequestHandler {
  // Built once: it depends on the server's options only.
  const document = buildOpenApiDocument(options);
  return (_req, res) => {
    res.json(document);
  };
}
