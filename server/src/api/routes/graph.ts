/** GET /api/graph?from=&to=: the graph in graphology's serialized form, without evidence. */
import type { RequestHandler } from "express";
import type { SerializedGraphPayload } from "../../types.js";
import type { ApiContext } from "../graph-context.js";
import { dateRange } from "../params.js";

export function graphRoute(ctx: ApiContext): RequestHandler {
  return (req, res) => {
    const graph = ctx.corpus.graphFor(dateRange("GET /api/graph", req.query));
    const exported = graph.export();
    const payload: SerializedGraphPayload = {
      attributes: exported.attributes ?? {},
      options: exported.options,
      nodes: exported.nodes.map((n) => ({ key: n.key, attributes: n.attributes! })),
      edges: exported.edges.map((e) => {
        const { evidence: _evidence, ...attributes } = e.attributes!;
        return { key: e.key, source: e.source, target: e.target, undirected: true, attributes };
      }),
    };
    res.json(payload);
  };
}
