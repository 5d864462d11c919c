/** The entity graph as the writers' tables: the whole graph on the server, the shown part with its on-screen look in the viewer. */
import type Graph from "graphology-types";
import type { EdgeAttributes, EntityAttributes, GraphAttributes } from "../types.js";
import type { Column, EdgeRow, GraphTable, NodeRow } from "./table.js";

type EntityGraph = Graph<EntityAttributes, EdgeAttributes, GraphAttributes>;

/** How a node is drawn in the view: GraphML readers (Gephi) take `x`, `y`, `size` and `color`. */
export interface NodeDisplay {
  x: number;
  y: number;
  size: number;
  color: string;
}

export interface EdgeDisplay {
  color: string;
  thickness: number;
}

export interface EntityTableOptions {
  /** Keep only these nodes (the view's shown ones); an edge is kept only when both ends are. */
  includeNode?(node: string): boolean;
  includeEdge?(edge: string): boolean;
  /** The view's look, added as columns when given. */
  nodeDisplay?(node: string, attributes: EntityAttributes): NodeDisplay;
  edgeDisplay?(edge: string, attributes: EdgeAttributes): EdgeDisplay;
  description?: string;
}

export const NODE_COLUMNS: readonly Column[] = [
  { name: "label", type: "string" },
  { name: "type", type: "string" },
  { name: "mentions", type: "int" },
  { name: "documents", type: "int" },
  { name: "aliases", type: "string" },
  { name: "firstSeen", type: "string" },
  { name: "lastSeen", type: "string" },
];
export const EDGE_COLUMNS: readonly Column[] = [
  { name: "weight", type: "double" },
  { name: "documents", type: "int" },
  { name: "npmi", type: "double" },
  { name: "firstSeen", type: "string" },
  { name: "lastSeen", type: "string" },
];
const NODE_DISPLAY_COLUMNS: readonly Column[] = [
  { name: "x", type: "double" },
  { name: "y", type: "double" },
  { name: "size", type: "double" },
  { name: "color", type: "string" },
];
const EDGE_DISPLAY_COLUMNS: readonly Column[] = [
  { name: "color", type: "string" },
  { name: "thickness", type: "double" },
];

/** The description a whole-graph export carries: how many documents, and the inputs by their short names (never a server path). */
export function describeGraph(documents: number, inputs: readonly string[]): string {
  return `entente co-occurrence graph of people, countries and organizations from ${documents} documents` + (inputs.length ? `; inputs: ${inputs.join(", ")}` : "");
}

/** NPMI to 4 decimals, as in the GEXF: more digits are noise of the counts. */
const npmiOf = (a: EdgeAttributes): number => Number(a.npmi.toFixed(4));

/** The graph's tables, read lazily: rows are made as the writer asks for them. */
export function entityTable(graph: EntityGraph, options: EntityTableOptions = {}): GraphTable {
  const { includeNode = () => true, includeEdge = () => true, nodeDisplay, edgeDisplay } = options;
  function* nodes(): Generator<NodeRow> {
    for (const { node, attributes: a } of graph.nodeEntries()) {
      if (!includeNode(node)) continue;
      const values: NodeRow["values"] = { label: a.label, type: a.type, mentions: a.mentions, documents: a.documents, aliases: a.aliases.join("; "), firstSeen: a.firstSeen, lastSeen: a.lastSeen };
      if (nodeDisplay) Object.assign(values, nodeDisplay(node, a));
      yield { id: node, values };
    }
  }
  function* edges(): Generator<EdgeRow> {
    for (const { edge, attributes: a, source, target } of graph.edgeEntries()) {
      if (!includeEdge(edge) || !includeNode(source) || !includeNode(target)) continue;
      const values: EdgeRow["values"] = { weight: a.weight, documents: a.documents, npmi: npmiOf(a), firstSeen: a.firstSeen, lastSeen: a.lastSeen };
      if (edgeDisplay) Object.assign(values, edgeDisplay(edge, a));
      yield { id: edge, source, target, values };
    }
  }
  return {
    nodeColumns: nodeDisplay ? [...NODE_COLUMNS, ...NODE_DISPLAY_COLUMNS] : NODE_COLUMNS,
    edgeColumns: edgeDisplay ? [...EDGE_COLUMNS, ...EDGE_DISPLAY_COLUMNS] : EDGE_COLUMNS,
    nodes: { [Symbol.iterator]: nodes },
    edges: { [Symbol.iterator]: edges },
    description: options.description,
  };
}
