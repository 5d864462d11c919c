/** POST/GET/DELETE /api/documents: incremental ingestion, the stored documents (searched and filtered), their facets. */
import type { RequestHandler } from "express";
import { API_LIMITS, EXTRACTION_LIMITS, SEEDS_DIR } from "../../config.js";
import { PayloadTooLargeError } from "../../errors.js";
import { contentHash, presentPath, readPlainTextBody, readRecordsFromBody } from "../../ingest/index.js";
import type { DocumentFacetsResponse, DocumentListResponse, DocumentResponse, IngestResponse } from "../../types.js";
import { documentFilter, documentSort } from "../document-query.js";
import { InvalidInputError, NotFoundError } from "../errors.js";
import type { ApiContext } from "../graph-context.js";
import { addedEntities } from "./added-entities.js";
import { nonNegativeInt, positiveInt, text } from "../params.js";

/**
 * Adds documents: a JSON record `{id?, title?, text, url?, outlet?, published?}` (`source` is
 * accepted as the deprecated name of `outlet`),
 * a list of them, or a `text/plain` body, read as a .txt file is (title line and dateline; `?title=`
 * wins). Answers the ids
 * stored and the entities found in each; duplicates are listed as skipped.
 */
export function addDocumentsRoute(ctx: ApiContext): RequestHandler {
  return async (req, res) => {
    const route = "POST /api/documents";
    const body: unknown = req.body;
    if (typeof body !== "string" && (body === undefined || req.headers["content-type"] === undefined)) {
      throw new InvalidInputError(`${route}: send a JSON record or list of records (application/json), or text/plain`);
    }
    const read = typeof body === "string" ? [readPlainTextBody(body, text(route, req.query, "title"))] : readRecordsFromBody(body, "api");
    const docs = read.map((d) => ({ ...d, hash: contentHash(d.text) }));
    // A body under the 10 MB limit may still be one document too long to extract in its time budget.
    const long = docs.findIndex((d) => d.text.length > EXTRACTION_LIMITS.maxDocumentChars);
    if (long >= 0) {
      throw new PayloadTooLargeError(`${route}: record ${long} has ${docs[long].text.length} characters of text, over the limit of ${EXTRACTION_LIMITS.maxDocumentChars}; split it into articles`);
    }
    const report = await ctx.corpus.ingest(docs, { pool: ctx.pool });
    const answer: IngestResponse = {
      added: report.added.map((x) => ({ id: x.id, entities: addedEntities(ctx, x.id) })),
      skipped: report.skipped.map((s) => ({ id: s.id, index: docs.findIndex((d) => d.id === s.id), reason: s.reason })),
    };
    res.status(report.added.length ? 201 : 200).json(answer);
  };
}

/**
 * A stored document path as answers show it: documents stored before paths were kept relative may hold
 * an absolute path, shown relative to this server's inputs or the seeds, else by base name.
 */
function shownPath(ctx: ApiContext, path: string): string {
  return presentPath(path, [...ctx.inputs, SEEDS_DIR]);
}

export function listDocumentsRoute(ctx: ApiContext): RequestHandler {
  return (req, res) => {
    const route = "GET /api/documents";
    const offset = nonNegativeInt(route, req.query, "offset", 0);
    const limit = positiveInt(route, req.query, "limit", API_LIMITS.documentsDefault, API_LIMITS.documentsMax);
    const filter = documentFilter(ctx, route, req.query);
    const page = ctx.corpus.store.searchDocuments(filter, documentSort(route, req.query), offset, limit);
    const body: DocumentListResponse = { total: page.total, offset, documents: page.documents.map((d) => ({ ...d, path: shownPath(ctx, d.path) })) };
    res.json(body);
  };
}

/** GET /api/document-facets: the matching documents per day (undated apart), outlet and category. */
export function documentFacetsRoute(ctx: ApiContext): RequestHandler {
  return (req, res) => {
    const body: DocumentFacetsResponse = ctx.corpus.store.documentFacets(documentFilter(ctx, "GET /api/document-facets", req.query, { dates: false }));
    res.json(body);
  };
}

export function documentRoute(ctx: ApiContext): RequestHandler {
  return (req, res) => {
    const id = String(req.params.id);
    const stored = ctx.corpus.store.getDocument(id);
    if (!stored) throw new NotFoundError(`GET /api/documents/:id: no document with id "${id}"`);
    // Mentions as they are in the graph: after resolution across documents and curation.
    const curated = ctx.corpus.curatedDocument(id);
    const { entities: _entities, ...doc } = stored;
    const body: DocumentResponse = { ...doc, path: shownPath(ctx, doc.path), mentions: curated?.mentions ?? stored.mentions };
    res.json(body);
  };
}

export function deleteDocumentRoute(ctx: ApiContext): RequestHandler {
  return (req, res) => {
    const id = String(req.params.id);
    if (!ctx.corpus.deleteDocument(id)) throw new NotFoundError(`DELETE /api/documents/:id: no document with id "${id}"`);
    res.status(204).end();
  };
}
