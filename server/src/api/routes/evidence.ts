/** GET /api/edges/:source/:target/evidence: the sentences behind an edge. */
import type { RequestHandler } from "express";
import type { EvidenceResponse } from "../../types.js";
import { NotFoundError } from "../errors.js";
import { requireEntity, type GraphContext } from "../graph-context.js";

export function evidenceRoute(ctx: GraphContext): RequestHandler {
  return (req, res) => {
    const route = "GET /api/edges/:source/:target/evidence";
    const source = requireEntity(ctx, route, String(req.params.source));
    const target = requireEntity(ctx, route, String(req.params.target));
    const edge = ctx.graph.edge(source.id, target.id);
    if (edge === undefined) {
      throw new NotFoundError(`${route}: "${source.id}" and "${target.id}" never occur in the same sentence`);
    }
    const a = ctx.graph.getEdgeAttributes(edge);
    const body: EvidenceResponse = { source, target, weight: a.weight, documents: a.documents, evidence: a.evidence ?? [] };
    res.json(body);
  };
}
