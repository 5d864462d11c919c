/** The shape the GraphML and CSV writers read: typed attribute columns, and nodes and edges as rows of values. */

/** GraphML's attribute types (`attr.type`); CSV writes every value as text. */
export type ColumnType = "string" | "int" | "double" | "boolean";

export interface Column {
  /** The attribute's name (`attr.name` in GraphML, the header in CSV). */
  name: string;
  type: ColumnType;
}

/** One value of a row; `undefined` is an absent value (no `<data>` in GraphML, an empty CSV field). */
export type Value = string | number | boolean | undefined;

export interface NodeRow {
  id: string;
  values: Record<string, Value>;
}

export interface EdgeRow {
  id: string;
  source: string;
  target: string;
  values: Record<string, Value>;
}

/** A graph as tables: the writers stream it row by row, whatever it was read from (the whole graph, a view). */
export interface GraphTable {
  nodeColumns: readonly Column[];
  edgeColumns: readonly Column[];
  nodes: Iterable<NodeRow>;
  edges: Iterable<EdgeRow>;
  /** Graph-level description (GraphML `<data>` of the graph). */
  description?: string;
}
