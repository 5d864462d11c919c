/** GET /api/graph: the whole graph in graphology's serialized form, without evidence. */
import type { RequestHandler } from "express";
import type { SerializedGraphPayload } from "../../types.js";
import type { GraphContext } from "../graph-context.js";

export function graphRoute(ctx: GraphContext): RequestHandler {
  return (_req, res) => {
    const exported = ctx.graph.export();
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
