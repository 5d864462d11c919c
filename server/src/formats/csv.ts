/** Streaming CSV (RFC 4180) of a graph's nodes or edges: a header row, CRLF line ends, fields quoted when they must be. */
import type { GraphTable, Value } from "./table.js";

/** A field, quoted when it holds a comma, a quote, a line break or edge spaces, with quotes doubled (RFC 4180 section 2). */
export function csvField(value: Value): string {
  const text = value === undefined || (typeof value === "number" && !Number.isFinite(value)) ? "" : String(value);
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function line(fields: Value[]): string {
  return fields.map(csvField).join(",") + "\r\n";
}

/** The nodes as CSV: `id` then one column per node attribute (Gephi's spreadsheet import reads `id` and `label`). */
export function* writeNodesCsv(table: Pick<GraphTable, "nodeColumns" | "nodes">): Generator<string> {
  yield line(["id", ...table.nodeColumns.map((c) => c.name)]);
  for (const node of table.nodes) yield line([node.id, ...table.nodeColumns.map((c) => node.values[c.name])]);
}

/**
 * The edges as CSV: `id`, `source`, `target` (node ids; Gephi reads them with `weight`), the two
 * entities' labels when `labelOf` is given (a spreadsheet reader sees "Vladimir Putin", not an
 * id), then one column per edge attribute.
 */
export function* writeEdgesCsv(table: Pick<GraphTable, "edgeColumns" | "edges">, labelOf?: (node: string) => string | undefined): Generator<string> {
  const labels = labelOf ? ["source_label", "target_label"] : [];
  yield line(["id", "source", "target", ...labels, ...table.edgeColumns.map((c) => c.name)]);
  for (const edge of table.edges) {
    const named = labelOf ? [labelOf(edge.source), labelOf(edge.target)] : [];
    yield line([edge.id, edge.source, edge.target, ...named, ...table.edgeColumns.map((c) => edge.values[c.name])]);
  }
}
