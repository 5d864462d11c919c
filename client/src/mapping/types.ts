/** What the visual mapping hands the reducers and the legend. */
import type { ColorBy, SizeBy } from "../state";

/** One row of the color legend. */
export interface ColorEntry {
  label: string;
  color: string;
  /** Nodes with this color. */
  count: number;
}

export interface VisualMapping {
  colorBy: ColorBy;
  sizeBy: SizeBy;
  /** Color and radius (screen px) of each node, by its position in the GraphIndex. */
  nodeColor: string[];
  nodeSize: Float64Array;
  /** Edge thickness (screen px) for a weight. */
  edgeSize(weight: number): number;
  colors: ColorEntry[];
  /** The size metric's range, for the legend ("degree 1 to 57"). */
  sizeDomain: [number, number];
}
