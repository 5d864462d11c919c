/** What a filter pass decides: what is hidden, and the counts the header shows. */

export interface Visibility {
  /** Node keys hidden by the filters (empty when nothing is filtered, the common case). */
  hiddenNodes: ReadonlySet<string>;
  hiddenEdges: ReadonlySet<string>;
  shownNodes: number;
  shownEdges: number;
  totalNodes: number;
  totalEdges: number;
}
