/** Pure parts of the table view: rows of the view, filter, sort, and CSV (the exports' RFC 4180 writer, read back for tests). */
import type { EntityGraph, GraphIndex } from "../graph";
import type { Visibility } from "../filters/types";
import { csvField } from "../../../server/src/formats";
import type { Cell, Column, EdgeRow, EntityRow, SortOrder } from "./types";

/** One row per shown entity; `pagerank` and `community` come from the caller (cached metrics). */
export function entityRows(
  graph: EntityGraph,
  index: GraphIndex,
  visibility: Visibility,
  pagerank: ArrayLike<number>,
  community: (position: number) => string,
): EntityRow[] {
  const degree = new Uint32Array(index.nodes.length);
  for (let e = 0; e < index.edges.length; e++) {
    if (!visibility.edgeShown[e]) continue;
    degree[index.edgeSource[e]]++;
    degree[index.edgeTarget[e]]++;
  }
  const rows: EntityRow[] = [];
  index.nodes.forEach((id, i) => {
    if (!visibility.nodeShown[i]) return;
    const { label, type } = graph.getNodeAttributes(id);
    rows.push({ id, label, type, mentions: index.nodeMentions[i], documents: index.nodeDocuments[i], degree: degree[i], pagerank: pagerank[i] ?? 0, community: community(i) });
  });
  return rows;
}

/** One row per shown edge, named by its ends' labels. */
export function edgeRows(graph: EntityGraph, index: GraphIndex, visibility: Visibility): EdgeRow[] {
  const rows: EdgeRow[] = [];
  index.edges.forEach((id, e) => {
    if (!visibility.edgeShown[e]) return;
    const sourceId = index.nodes[index.edgeSource[e]];
    const targetId = index.nodes[index.edgeTarget[e]];
    const { weight, documents, npmi } = graph.getEdgeAttributes(id);
    rows.push({ id, source: graph.getNodeAttribute(sourceId, "label"), target: graph.getNodeAttribute(targetId, "label"), sourceId, targetId, weight, documents, npmi });
  });
  return rows;
}

/** Rows whose text columns contain `query` (case- and accent-insensitive). */
export function filterRows<R extends object>(rows: R[], columns: Column<R>[], query: string): R[] {
  const fold = (text: string): string => text.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
  const wanted = fold(query.trim());
  if (wanted === "") return rows;
  const text = columns.filter((column) => !column.numeric);
  return rows.filter((row) => text.some((column) => fold(String(row[column.key])).includes(wanted)));
}

/** A sorted copy; ties keep the order they came in (Array.prototype.sort is stable). */
export function sortRows<R extends object>(rows: R[], order: SortOrder<R>): R[] {
  const sign = order.descending ? -1 : 1;
  return [...rows].sort((a, b) => {
    const x = a[order.key] as Cell;
    const y = b[order.key] as Cell;
    if (typeof x === "number" && typeof y === "number") return sign * (x - y);
    return sign * String(x).localeCompare(String(y));
  });
}

/** The rows as CSV with a header of column labels, CRLF line ends (RFC 4180). */
export function toCsv<R extends object>(rows: R[], columns: Column<R>[]): string {
  const lines = [columns.map((column) => csvField(column.label)).join(",")];
  for (const row of rows) lines.push(columns.map((column) => csvField(row[column.key] as Cell)).join(","));
  return lines.join("\r\n") + "\r\n";
}

/** Reads CSV back (RFC 4180: quoted fields, doubled quotes, line breaks inside quotes). */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ",") {
      row.push(field);
      field = "";
    } else if (char === "\n" || char === "\r") {
      if (char === "\r" && text[i + 1] === "\n") i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
    } else field += char;
  }
  if (field !== "" || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}
