/** GET /api/edges/:source/:target/evidence: the sentences behind an edge, each with its document's title, outlet and date. */
import type { RequestHandler } from "express";
import type { EvidenceResponse } from "../../types.js";
import { NotFoundError } from "../errors.js";
import { withDocuments } from "../evidence-documents.js";
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
    const body: EvidenceResponse = { source, target, weight: a.weight, documents: a.documents, evidence: withDocuments(ctx, a.evidence ?? []) };
    res.json(body);
  };
}
