/** GET /api/edges/:source/:target/evidence: the sentences behind an edge. */
import type { RequestHandler } from "express";
import type { EvidenceResponse } from "../../types.js";
import { NotFoundError } from "../errors.js";
import { requireEntity, type ApiContext } from "../graph-context.js";

export function evidenceRoute(ctx: ApiContext): RequestHandler {
  return (req, res) => {
    const route = "GET /api/edges/:source/:target/evidence";
    const graph = ctx.corpus.graph;
    const source = requireEntity(graph, route, String(req.params.source));
    const target = requireEntity(graph, route, String(req.params.target));
    const edge = graph.edge(source.id, target.id);
    if (edge === undefined) {
      throw new NotFoundError(`${route}: "${source.id}" and "${target.id}" never occur in the same sentence`);
    }
    const a = graph.getEdgeAttributes(edge);
    const body: EvidenceResponse = { source, target, weight: a.weight, documents: a.documents, evidence: a.evidence ?? [] };
    res.json(body);
  };
}
