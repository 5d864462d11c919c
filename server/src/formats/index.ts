/**
 * Export formats beside GEXF: GraphML and CSV of nodes and edges, written as streams of chunks.
 * Pure and dependency-free (types aside), so the server writes the whole graph with them and the
 * viewer the shown part of its view.
 */
export { writeGraphml, xmlText } from "./graphml.js";
export { csvField, writeEdgesCsv, writeNodesCsv } from "./csv.js";
export { describeGraph, entityTable, EDGE_COLUMNS, NODE_COLUMNS, type EdgeDisplay, type EntityTableOptions, type NodeDisplay } from "./entity-table.js";
export type { Column, ColumnType, EdgeRow, GraphTable, NodeRow, Value } from "./table.js";
