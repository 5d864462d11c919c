/** Shapes of the viewer's display state: what the URL keeps (ViewState) and what it does not. */
import type { EntityType } from "../../../server/src/types";

/** What node colors mean. */
export type ColorBy = "type" | "community";
export const COLOR_BY: readonly ColorBy[] = ["type", "community"];

/** What ranks entities for the top-N view. */
export type RankBy = "documents" | "mentions";
export const RANK_BY: readonly RankBy[] = ["documents", "mentions"];

/** What node sizes mean. */
export type SizeBy = "degree" | "weightedDegree" | "pagerank";
export const SIZE_BY: readonly SizeBy[] = ["degree", "weightedDegree", "pagerank"];

export interface Filters {
  /** Entity types shown; the others are hidden with their edges. */
  types: EntityType[];
  /** Edges lighter than this (shared sentences) are hidden. */
  minWeight: number;
  /** Nodes with fewer shown edges than this are hidden. */
  minDegree: number;
  /** Hide nodes left without any shown edge. */
  hideIsolated: boolean;
  /** Show at most this many entities, the most relevant by `rankBy` (0: no limit). */
  topN: number;
  rankBy: RankBy;
  /** Entities mentioned fewer times than this are hidden. */
  minMentions: number;
  /** Edges whose NPMI (association beyond chance, in [-1, 1]) is below this are hidden. */
  minNpmi: number;
}

/** Camera in sigma's framed-graph coordinates (what `camera.getState()` holds). */
export interface CameraView {
  x: number;
  y: number;
  ratio: number;
}

/** A date range as YYYY-MM-DD bounds, either open. */
export interface DateRange {
  from?: string;
  to?: string;
  /** "exclude" leaves out the documents without a date; absent, they are kept whatever the range (the API's default). */
  undated?: "exclude";
}

/** The article reader: which document, and which of its sentences to scroll to and mark (an evidence sentence). */
export interface ReaderView {
  document: string;
  sentence: number | null;
}

/** The documents list and its filters (absent fields do not filter). */
export interface DocumentsView {
  q?: string;
  outlet?: string;
  category?: string;
  from?: string;
  to?: string;
  undated?: "exclude";
  /** Documents mentioning this entity... */
  entity?: string;
  /** ...in a sentence with this one. */
  neighbor?: string;
  sort?: "newest" | "oldest" | "title";
}

/** Everything a deep link restores. */
export interface ViewState {
  selected: string | null;
  /** The neighbor whose edge evidence is open in the panel. */
  evidenceWith: string | null;
  /** Show only the selection, its neighbors and the edges among them. */
  ego: boolean;
  /** Endpoints of the shortest path shown, or null. */
  path: { from: string; to: string } | null;
  filters: Filters;
  colorBy: ColorBy;
  sizeBy: SizeBy;
  dateRange: DateRange;
  /** null until the user (or a link) moved the camera: then the whole graph is shown. */
  camera: CameraView | null;
  /** Label density multiplier (1: the settings' default; 2: about twice as many labels). */
  labels: number;
  /** The documents list, when open. */
  documents: DocumentsView | null;
  /** The article reader, when open (over the list, if that is open too). */
  reader: ReaderView | null;
}

/** The view state plus what only lives in this page. */
export interface ViewerSnapshot extends ViewState {
  /** The node under the pointer, or null. */
  hovered: string | null;
}
