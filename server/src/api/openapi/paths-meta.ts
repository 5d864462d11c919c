/** The routes about the API itself: its status and this description. */
import { operation, type DescribeOptions } from "./operation.js";
import { json } from "./responses.js";
import type { Paths } from "./types.js";

export function metaPaths(options: DescribeOptions): Paths {
  const tags = ["meta"];
  return {
    "/api/status": {
      get: operation("get", {
        operationId: "getStatus",
        summary: "Whether the server is read-only and which requests need its token",
        tags,
        answers: { 200: json("Status", "The server's access settings.") },
      }, options),
    },
    "/api/openapi.json": {
      get: operation("get", {
        operationId: "getOpenApi",
        summary: "This description of the API (OpenAPI 3.1)",
        tags,
        answers: {
          200: {
            description: "The OpenAPI document, built from the same limits the server enforces.",
            content: {
              "application/json": {
                schema: { type: "object", required: ["openapi", "info", "paths"], properties: { openapi: { const: "3.1.1" }, info: { type: "object" }, paths: { type: "object" } } },
              },
            },
          },
        },
      }, options),
    },
  };
}
