/** What a filter pass decides: what is hidden, and the counts the header shows. */

export interface Visibility {
  /** Node keys hidden by the filters (empty when nothing is filtered). */
  hiddenNodes: ReadonlySet<string>;
  hiddenEdges: ReadonlySet<string>;
  /** 1 for each shown node / edge, by GraphIndex position: what the mapping, table and layout walk. */
  nodeShown: Uint8Array;
  edgeShown: Uint8Array;
  shownNodes: number;
  shownEdges: number;
  totalNodes: number;
  totalEdges: number;
}
