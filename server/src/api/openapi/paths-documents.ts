/** The document routes: incremental ingestion, the stored documents, one document, removal. */
import { API_LIMITS } from "../../config.js";
import { operation, type DescribeOptions } from "./operation.js";
import { DOCUMENT_SORTS } from "../../types.js";
import { DATE_RANGE, idInPath, limit, textInQuery } from "./parameters.js";
import { json } from "./responses.js";
import { ref } from "./schemas.js";
import type { Parameter, Paths } from "./types.js";

export function documentPaths(options: DescribeOptions): Paths {
  const tags = ["documents"];
  return {
    "/api/documents": {
      post: operation("post", {
        operationId: "addDocuments",
        summary: "Adds documents; content already stored is skipped",
        description: "A JSON record, a non-empty list of them, or a text/plain body, read as `entente ingest` reads a .txt file (a short first line is the title, a dateline gives date and outlet; `?title=` wins). Nothing of a rejected request is stored.",
        tags,
        parameters: [textInQuery("title", "The title of a text/plain body, instead of its title line.")],
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
        summary: "The stored documents matching a search and filters, newest first unless sorted otherwise",
        description: "Every filter given must hold. An unknown entity or neighbor answers 404; two entities that never share a sentence match no document.",
        tags,
        parameters: [
          ...documentFilters(),
          ...DATE_RANGE,
          { name: "sort", in: "query", description: "newest or oldest first (undated documents last either way), or by title.", schema: { type: "string", enum: [...DOCUMENT_SORTS], default: DOCUMENT_SORTS[0] } },
          { name: "offset", in: "query", description: "How many documents to pass over.", schema: { type: "integer", minimum: 0, maximum: Number.MAX_SAFE_INTEGER, default: 0 } },
          limit(API_LIMITS.documentsDefault, API_LIMITS.documentsMax, "documents"),
        ],
        // The entities are named in the query, not the path, yet an unknown one is a 404.
        errors: [404],
        answers: { 200: json("DocumentList", "One page of the matching documents and how many match.") },
      }, options),
    },
    "/api/document-facets": {
      get: operation("get", {
        operationId: "getDocumentFacets",
        summary: "The matching documents per publication day, outlet and category, undated ones counted apart",
        description: "What a timeline and a documents list's choices need. It spans every date: it takes no from, to or undated.",
        tags,
        parameters: documentFilters(),
        errors: [404],
        answers: { 200: json("DocumentFacets", "The counts.") },
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

/** The filters the document list and its facets share (the list adds the dates, the order and the page). */
function documentFilters(): Parameter[] {
  const max = API_LIMITS.searchQueryMax;
  return [
    textInQuery("q", "Text found in the title or the text (case-insensitive for ASCII letters).", max),
    textInQuery("outlet", "Only documents of this outlet (exactly as listed by the facets).", max),
    textInQuery("category", "Only documents read from a folder of this name (`business` for `bbc/business/012.txt`).", max),
    { name: "entity", in: "query", description: "Only documents that mention this entity (id as in the graph, after curation).", schema: { type: "string", minLength: 1 } },
    { name: "neighbor", in: "query", description: "With entity: only documents with a sentence holding both (the evidence of their edge).", schema: { type: "string", minLength: 1 } },
  ];
}
