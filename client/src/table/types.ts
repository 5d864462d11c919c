/** Shapes of the table view: its rows, columns and sort order. */

export type Cell = string | number;

export interface Column<R> {
  key: keyof R & string;
  label: string;
  /** Numbers sort descending first and align right; text sorts A to Z first. */
  numeric: boolean;
  /** How the cell reads on screen (CSV keeps the raw value). */
  format?: (value: R[keyof R]) => string;
}

export interface EntityRow {
  id: string;
  label: string;
  type: string;
  mentions: number;
  documents: number;
  /** Edges shown in the view. */
  degree: number;
  pagerank: number;
  community: string;
}

export interface EdgeRow {
  id: string;
  source: string;
  target: string;
  sourceId: string;
  targetId: string;
  weight: number;
  documents: number;
  npmi: number;
}

export interface SortOrder<R> {
  key: keyof R & string;
  descending: boolean;
}
