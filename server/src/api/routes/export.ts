/** GET /api/export.gexf?version=1.2|1.3&from=&to=: the graph as a GEXF download. */
import type { RequestHandler } from "express";
import { writeGexf, type GexfVersion } from "../../graph/index.js";
import { inputName } from "../../ingest/index.js";
import { InvalidInputError } from "../errors.js";
import type { ApiContext } from "../graph-context.js";
import { dateRange, text } from "../params.js";

/** The GEXF versions the export writes, the default first. */
export const GEXF_VERSIONS = ["1.2", "1.3"] as const satisfies readonly GexfVersion[];

export function exportGexfRoute(ctx: ApiContext): RequestHandler {
  return (req, res) => {
    const route = "GET /api/export.gexf";
    const version = text(route, req.query, "version") ?? GEXF_VERSIONS[0];
    if (!(GEXF_VERSIONS as readonly string[]).includes(version)) {
      throw new InvalidInputError(`${route}: version must be ${GEXF_VERSIONS.join(" or ")}, got "${version}"`);
    }
    const graph = ctx.corpus.graphFor(dateRange(route, req.query));
    // Inputs by their short names: the meta block must not tell where files live on the server.
    const xml = writeGexf(graph, { version: version as GexfVersion, inputs: ctx.inputs.map(inputName) });
    res.attachment("entente.gexf");
    res.type("application/gexf+xml");
    res.send(xml);
  };
}
