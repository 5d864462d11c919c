/** Writes the entity graph as GEXF for Gephi and other readers. */
import { write } from "graphology-gexf";
import { xmlSafe } from "../safe-text.js";
import type { EdgeAttributes, EntityAttributes } from "../types.js";
import type { EntityGraph } from "./entity-graph.js";

export type GexfVersion = "1.2" | "1.3";

export interface GexfOptions {
  version: GexfVersion;
  /** The inputs the graph was built from, named in the `meta` block. */
  inputs: string[];
}

export const GEXF_DEFAULTS: GexfOptions = { version: "1.2", inputs: [] };

// graphology-gexf 0.13 declares the 1.2 viz namespace as "http:///www.gexf.net/1.1draft/viz"
// (three slashes, wrong version); readers that check namespaces then drop colors,
// sizes and positions. We rewrite it to the one the 1.2draft schema defines.
const BROKEN_VIZ_NS = /xmlns:viz="[^"]*"/;
const VIZ_NS: Record<GexfVersion, string> = {
  "1.2": "http://www.gexf.net/1.2draft/viz",
  "1.3": "http://gexf.net/1.3/viz",
};

/** Serializes the graph: nodes carry type, mentions, documents, aliases; edges carry weight. */
export function writeGexf(graph: EntityGraph, options: Partial<GexfOptions> = {}): string {
  const { version, inputs } = { ...GEXF_DEFAULTS, ...options };
  if (version !== "1.2" && version !== "1.3") {
    throw new Error(`writeGexf: version must be "1.2" or "1.3", got "${String(version)}"`);
  }
  // The writer reads its meta block from graph attributes: set them on a copy.
  const copy = graph.copy();
  (copy as unknown as { replaceAttributes(a: Record<string, string>): void }).replaceAttributes({
    creator: "entente",
    description:
      `Co-occurrence graph of people, countries and organizations from ${graph.getAttribute("documents") ?? 0} documents` +
      (inputs.length ? `; inputs: ${inputs.join(", ")}` : ""),
    keywords: "entente, co-occurrence, entities",
  });

  const xml = write<EntityAttributes, EdgeAttributes>(copy, {
    version,
    formatNode: (_key, a) => ({
      label: a.label,
      attributes: { type: a.type, mentions: a.mentions, documents: a.documents, aliases: a.aliases.join("; ") },
      viz: vizOf(a),
    }),
    formatEdge: (_key, a) => ({
      weight: a.weight,
      attributes: { documents: a.documents, npmi: Number(a.npmi.toFixed(4)) },
      viz: a.size !== undefined ? { thickness: a.size } : undefined,
    }),
  });
  // The writer escapes markup but passes controls through (a label with "\u0001" made the file
  // ill-formed): the whole output goes through the one XML 1.0 filter, ids and meta included.
  return xmlSafe(xml.replace(BROKEN_VIZ_NS, `xmlns:viz="${VIZ_NS[version]}"`));
}

function vizOf(a: EntityAttributes) {
  const viz: { x?: number; y?: number; size?: number; color?: string } = {};
  if (a.x !== undefined && a.y !== undefined) Object.assign(viz, { x: a.x, y: a.y });
  if (a.size !== undefined) viz.size = a.size;
  if (a.color !== undefined) viz.color = a.color;
  return Object.keys(viz).length ? viz : undefined;
}
