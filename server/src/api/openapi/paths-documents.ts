/** The document routes: incremental ingestion, the stored documents, one document, removal. */
import { API_LIMITS } from "../../config.js";
import { operation, type DescribeOptions } from "./operation.js";
import { idInPath, limit, textInQuery } from "./parameters.js";
import { json } from "./responses.js";
import { ref } from "./schemas.js";
import type { Paths } from "./types.js";

export function documentPaths(options: DescribeOptions): Paths {
  const tags = ["documents"];
  return {
    "/api/documents": {
      post: operation("post", {
        operationId: "addDocuments",
        summary: "Adds documents; content already stored is skipped",
        description: "A JSON record, a non-empty list of them, or a text/plain body (title from `?title=`). Nothing of a rejected request is stored.",
        tags,
        parameters: [textInQuery("title", "The title of a text/plain body.")],
        requestBody: {
          required: true,
          content: {
            "application/json": { schema: { oneOf: [ref("DocumentRecord"), { type: "array", minItems: 1, items: ref("DocumentRecord") }] } },
            "text/plain": { schema: { type: "string", pattern: "\\S" } },
          },
        },
        answers: {
          201: json("Ingest", "At least one document was stored: the ids and the entities found in each."),
          200: json("Ingest", "Nothing new was stored: every record was a duplicate (listed in skipped)."),
        },
      }, options),
      get: operation("get", {
        operationId: "listDocuments",
        summary: "The stored documents, newest first",
        tags,
        parameters: [
          { name: "offset", in: "query", description: "How many documents to pass over.", schema: { type: "integer", minimum: 0, maximum: Number.MAX_SAFE_INTEGER, default: 0 } },
          limit(API_LIMITS.documentsDefault, API_LIMITS.documentsMax, "documents"),
        ],
        answers: { 200: json("DocumentList", "One page of documents and how many are stored.") },
      }, options),
    },
    "/api/documents/{id}": {
      get: operation("get", {
        operationId: "getDocument",
        summary: "One document: its text, sentences and mentions",
        tags,
        parameters: [idInPath("id", "document")],
        answers: { 200: json("Document", "The document as stored, mentions resolved as in the graph.") },
      }, options),
      delete: operation("delete", {
        operationId: "deleteDocument",
        summary: "Removes a document and everything derived from it",
        tags,
        parameters: [idInPath("id", "document")],
        answers: { 204: { description: "Removed; no body." } },
      }, options),
    },
  };
}
