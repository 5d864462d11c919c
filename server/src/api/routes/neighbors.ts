/** GET /api/entities/:id/neighbors?type=&minWeight=&limit=&sort=&from=&to=: neighbors, strongest edge first. */
import type { RequestHandler } from "express";
import { API_LIMITS } from "../../config.js";
import type { Neighbor, NeighborsResponse } from "../../types.js";
import { requireEntity, type ApiContext } from "../graph-context.js";
import { InvalidInputError } from "../errors.js";
import { dateRange, entityType, nonNegativeNumber, positiveInt, text } from "../params.js";

/** Edge measures a client can rank neighbors by: sentences, documents, or NPMI (which discounts hubs). */
export const NEIGHBOR_SORTS = ["weight", "documents", "npmi"] as const;

export function neighborsRoute(ctx: ApiContext): RequestHandler {
  return (req, res) => {
    const route = "GET /api/entities/:id/neighbors";
    const id = String(req.params.id);
    const entity = requireEntity(ctx.corpus.graph, route, id);
    const type = entityType(route, req.query);
    const minWeight = nonNegativeNumber(route, req.query, "minWeight", 0);
    const limit = positiveInt(route, req.query, "limit", API_LIMITS.neighborsDefault, API_LIMITS.neighborsMax);
    const sort = text(route, req.query, "sort") ?? "weight";
    if (!(NEIGHBOR_SORTS as readonly string[]).includes(sort)) throw new InvalidInputError(`${route}: sort must be one of ${NEIGHBOR_SORTS.join(", ")}, got "${sort}"`);
    const key = sort as (typeof NEIGHBOR_SORTS)[number];
    // In a date range the entity may not occur at all: then it has no neighbors there.
    const graph = ctx.corpus.graphFor(dateRange(route, req.query));
    const neighbors: Neighbor[] = [];
    if (graph.hasNode(id)) {
      graph.forEachEdge(id, (_key, edge, source, target) => {
        const other = source === id ? target : source;
        const a = graph.getNodeAttributes(other);
        if ((type && a.type !== type) || edge.weight < minWeight) return;
        neighbors.push({ id: other, label: a.label, type: a.type, weight: edge.weight, documents: edge.documents, npmi: edge.npmi });
      });
    }
    neighbors.sort((x, y) => y[key] - x[key] || y.weight - x.weight || x.label.localeCompare(y.label));
    const body: NeighborsResponse = { entity, total: neighbors.length, neighbors: neighbors.slice(0, limit) };
    res.json(body);
  };
}
