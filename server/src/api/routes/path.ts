/** GET /api/path?from=&to=: the strongest chain of co-occurrences between two entities. */
import type { RequestHandler } from "express";
import { strongestPath } from "../../graph/index.js";
import type { PathHop, PathResponse } from "../../types.js";
import { InvalidInputError } from "../errors.js";
import { withDocuments } from "../evidence-documents.js";
import { requireEntity, summarizeEntity, type ApiContext } from "../graph-context.js";
import { text } from "../params.js";

export function pathRoute(ctx: ApiContext): RequestHandler {
  return (req, res) => {
    const route = "GET /api/path";
    const from = text(route, req.query, "from");
    const to = text(route, req.query, "to");
    if (!from || !to) throw new InvalidInputError(`${route}: give both from and to entity ids`);
    const graph = ctx.corpus.graph;
    requireEntity(graph, route, from);
    requireEntity(graph, route, to);
    const ids = strongestPath(graph, from, to);
    const hops: PathHop[] = [];
    for (let i = 1; i < ids.length; i++) {
      const a = graph.getEdgeAttributes(graph.edge(ids[i - 1], ids[i])!);
      hops.push({ source: ids[i - 1], target: ids[i], weight: a.weight, evidence: a.evidence ?? [] });
    }
    // One store query for the documents of every hop.
    const evidence = withDocuments(ctx, hops.flatMap((hop) => hop.evidence));
    let at = 0;
    for (const hop of hops) hop.evidence = evidence.slice(at, (at += hop.evidence.length));
    const body: PathResponse = { from, to, nodes: ids.map((id) => summarizeEntity(graph, id)), hops };
    res.json(body);
  };
}
