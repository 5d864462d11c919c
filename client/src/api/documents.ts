/** The document routes the reader and the documents list read: one document, a filtered page of them, and their facets. */
import type { DocumentFacetsResponse, DocumentListResponse, DocumentQuery, DocumentResponse } from "../../../server/src/types";
import { request } from "./index";

export type { DocumentQuery } from "../../../server/src/types";

const FIELDS = ["q", "outlet", "category", "from", "to", "undated", "entity", "neighbor", "sort"] as const;

/** The query string of a document query (empty fields left out), shared by the list and its facets. */
export function documentParams(query: DocumentQuery): URLSearchParams {
  const params = new URLSearchParams();
  for (const field of FIELDS) {
    const value = query[field];
    if (value !== undefined && value !== "") params.set(field, value);
  }
  return params;
}

/** `GET /api/documents/:id`: the text, its sentences and its mentions (entity ids as in the graph). */
export function fetchDocument(id: string, signal?: AbortSignal): Promise<DocumentResponse> {
  return request("GET", `/api/documents/${encodeURIComponent(id)}`, undefined, signal);
}

/** `GET /api/documents?...`: one page of the documents matching `query`, and how many match. */
export function fetchDocuments(query: DocumentQuery, page: { offset: number; limit: number }, signal?: AbortSignal): Promise<DocumentListResponse> {
  const params = documentParams(query);
  params.set("offset", String(page.offset));
  params.set("limit", String(page.limit));
  return request("GET", `/api/documents?${params}`, undefined, signal);
}

/** `GET /api/document-facets?...`: documents per day (undated counted apart), per outlet and per category. */
export function fetchDocumentFacets(query: DocumentQuery = {}, signal?: AbortSignal): Promise<DocumentFacetsResponse> {
  const params = documentParams(query);
  const text = params.toString();
  return request("GET", `/api/document-facets${text ? `?${text}` : ""}`, undefined, signal);
}
