/** GET /api/export.gexf: the graph as a GEXF download (?version=1.2|1.3). */
import type { RequestHandler } from "express";
import { writeGexf, type GexfVersion } from "../../graph/index.js";
import { InvalidInputError } from "../errors.js";
import type { GraphContext } from "../graph-context.js";
import { text } from "../params.js";

export function exportGexfRoute(ctx: GraphContext): RequestHandler {
  return (req, res) => {
    const version = text("GET /api/export.gexf", req.query, "version") ?? "1.2";
    if (version !== "1.2" && version !== "1.3") {
      throw new InvalidInputError(`GET /api/export.gexf: version must be 1.2 or 1.3, got "${version}"`);
    }
    const xml = writeGexf(ctx.graph, { version: version as GexfVersion, inputs: ctx.inputs });
    res.attachment("entente.gexf");
    res.type("application/gexf+xml");
    res.send(xml);
  };
}
