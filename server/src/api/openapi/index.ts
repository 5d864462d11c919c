/**
 * The API described: an OpenAPI 3.1 document built in code from the limits the server enforces
 * (config.ts, the routes' own lists), so the description cannot drift from them. Served at
 * GET /api/openapi.json; the API tests validate every answer they receive against it.
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { REPO_ROOT } from "../../config.js";
import type { DescribeOptions } from "./operation.js";
import { curationPaths } from "./paths-curation.js";
import { documentPaths } from "./paths-documents.js";
import { FILE_SCHEMAS, filePaths } from "./paths-files.js";
import { graphPaths } from "./paths-graph.js";
import { metaPaths } from "./paths-meta.js";
import { errorResponse } from "./responses.js";
import { SCHEMAS } from "./schemas.js";
import type { OpenApiDocument } from "./types.js";

export type { DescribeOptions } from "./operation.js";
export type { HttpMethod, OpenApiDocument, Operation, Response } from "./types.js";

const DESCRIPTION = `Who appears with whom in a corpus of news articles, and the sentences that prove it.

JSON everywhere but the exports (GEXF, GraphML, CSV). Every error answers \`{"error": "..."}\` saying what was wrong. Ids are
URL-encoded (\`person%3Avladimir-putin\`). A path asked with a method it does not have answers 405 with an
\`Allow\` header (components.responses.MethodNotAllowed); an unknown path answers 404.`;

function packageVersion(): string {
  return (JSON.parse(readFileSync(resolve(REPO_ROOT, "package.json"), "utf8")) as { version: string }).version;
}

/** The OpenAPI 3.1 document of the API of a server with these options. */
export function buildOpenApiDocument(options: DescribeOptions): OpenApiDocument {
  return {
    openapi: "3.1.1",
    // The schemas are plain JSON Schema 2020-12 (no OpenAPI-only keywords), so any 2020-12 validator reads them.
    jsonSchemaDialect: "https://json-schema.org/draft/2020-12/schema",
    info: {
      title: "entente HTTP API",
      version: packageVersion(),
      description: DESCRIPTION,
      license: { name: "MIT", identifier: "MIT" },
    },
    tags: [
      { name: "graph", description: "The co-occurrence graph: entities, neighbors, evidence, paths, export." },
      { name: "documents", description: "Adding, listing, reading and removing documents." },
      { name: "curation", description: "An analyst's corrections, stored and re-applied to every later ingestion." },
      { name: "meta", description: "The server's access settings and this description." },
    ],
    paths: { ...metaPaths(options), ...graphPaths(options), ...documentPaths(options), ...filePaths(options), ...curationPaths(options) },
    components: {
      schemas: { ...SCHEMAS, ...FILE_SCHEMAS },
      responses: { MethodNotAllowed: errorResponse(405), NotFound: errorResponse(404) },
    },
  };
}
