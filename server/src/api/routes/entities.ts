/** GET /api/entities (search) and GET /api/entities/:id (one entity). */
import type { RequestHandler } from "express";
import { API_LIMITS } from "../../config.js";
import type { EntityResponse, EntitySearchResponse } from "../../types.js";
import { InvalidInputError } from "../errors.js";
import { requireEntity, summarizeEntity, type ApiContext } from "../graph-context.js";
import { entityType, positiveInt, text } from "../params.js";

export function searchEntitiesRoute(ctx: ApiContext): RequestHandler {
  return (req, res) => {
    const route = "GET /api/entities";
    const q = text(route, req.query, "q") ?? "";
    if (q.length > API_LIMITS.searchQueryMax) throw new InvalidInputError(`${route}: q must be at most ${API_LIMITS.searchQueryMax} characters`);
    const type = entityType(route, req.query);
    const limit = positiveInt(route, req.query, "limit", API_LIMITS.searchDefault, API_LIMITS.searchMax);
    const { graph, search } = ctx.corpus;
    // No query: list entities, most mentioned first.
    const ids = q.trim()
      ? search.search(q, type).map((h) => h.id)
      : graph
          .filterNodes((_id, a) => !type || a.type === type)
          .sort((a, b) => graph.getNodeAttribute(b, "mentions") - graph.getNodeAttribute(a, "mentions"));
    const body: EntitySearchResponse = {
      query: q,
      total: ids.length,
      results: ids.slice(0, limit).map((id) => summarizeEntity(graph, id)),
    };
    res.json(body);
  };
}

export function entityRoute(ctx: ApiContext): RequestHandler {
  return (req, res) => {
    const body: EntityResponse = requireEntity(ctx.corpus.graph, "GET /api/entities/:id", String(req.params.id));
    res.json(body);
  };
}
