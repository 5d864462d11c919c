/** What the reducers read: derived once per state change, so a reducer call is a few lookups. */
import type { Visibility } from "../filters/types";
import type { GraphIndex } from "../graph";
import type { VisualMapping } from "../mapping";

/** Nodes and edges of the shortest path on screen. */
export interface PathHighlight {
  nodes: ReadonlySet<string>;
  edges: ReadonlySet<string>;
}

export interface DisplayModel {
  index: GraphIndex;
  mapping: VisualMapping;
  visibility: Visibility;
  /** The hovered node, else the selected one: it and its neighbors stay bright. */
  focus: string | null;
  focusNeighbors: ReadonlySet<string>;
  selected: string | null;
  /** The neighbor whose edge with the selection has its evidence open. */
  evidenceWith: string | null;
  path: PathHighlight | null;
}
