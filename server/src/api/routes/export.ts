/** The whole graph as a download: GET /api/export.gexf, .graphml, .nodes.csv and .edges.csv (each with from/to). */
import { once } from "node:events";
import type { RequestHandler, Response } from "express";
import { describeGraph, entityTable, writeEdgesCsv, writeGraphml, writeNodesCsv } from "../../formats/index.js";
import { writeGexf, type EntityGraph, type GexfVersion } from "../../graph/index.js";
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

/** Chunks gathered to about this many characters per socket write: one write per node line would cost more than the text. */
const SEND_CHUNK_CHARS = 64 * 1024;

/** Sends the writer's chunks as they come, waiting for the socket to drain instead of buffering the whole file. */
async function sendChunks(res: Response, chunks: Iterable<string>): Promise<void> {
  let pending = "";
  for (const chunk of chunks) {
    pending += chunk;
    if (pending.length < SEND_CHUNK_CHARS) continue;
    const flushed = res.write(pending);
    pending = "";
    if (!flushed) await once(res, "drain");
  }
  res.end(pending);
}

/** What the GraphML's description says: the document count and the inputs by their short names. */
function describe(ctx: ApiContext, graph: EntityGraph): string {
  return describeGraph(graph.getAttribute("documents") ?? 0, ctx.inputs.map(inputName));
}

/** The three table formats, by route: the file each downloads as, its type, and its writer. */
const TABLE_FORMATS = {
  graphml: { file: "entente.graphml", type: "application/graphml+xml", write: (ctx: ApiContext, g: EntityGraph) => writeGraphml(entityTable(g, { description: describe(ctx, g) })) },
  "nodes.csv": { file: "entente-nodes.csv", type: "text/csv; charset=utf-8; header=present", write: (_ctx: ApiContext, g: EntityGraph) => writeNodesCsv(entityTable(g)) },
  "edges.csv": {
    file: "entente-edges.csv",
    type: "text/csv; charset=utf-8; header=present",
    write: (_ctx: ApiContext, g: EntityGraph) => writeEdgesCsv(entityTable(g), (node) => g.getNodeAttribute(node, "label")),
  },
} as const;

export type TableFormat = keyof typeof TABLE_FORMATS;
export const TABLE_FORMAT_NAMES = Object.keys(TABLE_FORMATS) as TableFormat[];

/** GET /api/export.graphml, /api/export.nodes.csv, /api/export.edges.csv?from=&to=: the graph (of the date range) as a download. */
export function exportTableRoute(ctx: ApiContext, format: TableFormat): RequestHandler {
  return async (req, res) => {
    const graph = ctx.corpus.graphFor(dateRange(`GET /api/export.${format}`, req.query));
    const { file, type, write } = TABLE_FORMATS[format];
    res.attachment(file);
    res.type(type);
    await sendChunks(res, write(ctx, graph));
  };
}
