/**
 * A streaming GraphML 1.0 writer (http://graphml.graphdrawing.org/). graphology-graphml 0.5.2, as
 * published, only parses (its writer is unreleased), so entente writes the format itself: one
 * `<key>` per column, then a line per node and edge, yielded as chunks so the server can send a
 * 20,000-edge graph without building it as one string first.
 */
import { xmlSafe } from "../safe-text.js";
import type { Column, GraphTable, Value } from "./table.js";

const HEADER =
  '<?xml version="1.0" encoding="UTF-8"?>\n' +
  '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" ' +
  'xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n';

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" };

/** Text as XML character data or an attribute value: markup escaped, characters XML 1.0 forbids as U+FFFD. */
export function xmlText(text: string): string {
  return xmlSafe(text).replace(/[&<>"']/g, (c) => ESCAPES[c]);
}

/** A value as GraphML writes it: integers and doubles in JavaScript's shortest round-trip form. */
function formatValue(value: Exclude<Value, undefined>, column: Column): string {
  if (column.type === "int") return String(Math.round(Number(value)));
  return xmlText(String(value));
}

/** `<data>` elements of one row, in column order, absent values left out (GraphML's way of saying "none"). */
function dataOf(values: Record<string, Value>, columns: readonly Column[], prefix: string): string {
  let out = "";
  for (const column of columns) {
    const value = values[column.name];
    if (value === undefined || (typeof value === "number" && !Number.isFinite(value))) continue;
    out += `<data key="${prefix}${xmlText(column.name)}">${formatValue(value, column)}</data>`;
  }
  return out;
}

function keys(columns: readonly Column[], domain: "node" | "edge", prefix: string): string {
  return columns.map((c) => `  <key id="${prefix}${xmlText(c.name)}" for="${domain}" attr.name="${xmlText(c.name)}" attr.type="${c.type}"/>\n`).join("");
}

/**
 * The graph as GraphML, undirected, in chunks. Key ids are `n_<name>` and `e_<name>`, as a node
 * and an edge attribute may share a name (`documents`); readers (Gephi, NetworkX, yEd, igraph)
 * go by `attr.name`.
 */
export function* writeGraphml(table: GraphTable): Generator<string> {
  yield HEADER;
  yield '  <key id="g_description" for="graph" attr.name="description" attr.type="string"/>\n';
  yield keys(table.nodeColumns, "node", "n_") + keys(table.edgeColumns, "edge", "e_");
  yield '  <graph id="G" edgedefault="undirected">\n';
  if (table.description) yield `    <data key="g_description">${xmlText(table.description)}</data>\n`;
  for (const node of table.nodes) yield `    <node id="${xmlText(node.id)}">${dataOf(node.values, table.nodeColumns, "n_")}</node>\n`;
  for (const edge of table.edges) {
    yield `    <edge id="${xmlText(edge.id)}" source="${xmlText(edge.source)}" target="${xmlText(edge.target)}">${dataOf(edge.values, table.edgeColumns, "e_")}</edge>\n`;
  }
  yield "  </graph>\n</graphml>\n";
}
