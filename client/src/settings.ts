/** The viewer's one place for tunable numbers and colors: mapping, layout, labels, filters, API limits, timings. */
import type { ForceAtlas2Settings } from "graphology-layout-forceatlas2";
import type { NoverlapSettings } from "graphology-layout-noverlap";
import type { EntityType } from "../../server/src/types";

export interface ViewerSettings {
  /** Node color per entity type; the legend reads the same table. */
  typeColors: Record<EntityType, string>;
  /** Human names for the legend and the panel. */
  typeLabels: Record<EntityType, string>;
  /**
   * Colors of Louvain communities, largest community first; communities past the palette share
   * `otherCommunityColor` (a dozen hues is about what an eye tells apart).
   */
  communityPalette: string[];
  otherCommunityColor: string;
  /** Node radius in screen pixels, mapped from the size metric (sqrt scale) between these bounds. */
  nodeSizeRange: [number, number];
  /** Edge thickness in screen pixels, mapped from weight (sqrt scale) between these bounds. */
  edgeSizeRange: [number, number];
  edgeColor: string;
  /** Colors of what a selection or hover pushes to the background. */
  dimmedNodeColor: string;
  dimmedEdgeColor: string;
  highlightedEdgeColor: string;
  /** Color of the nodes and edges of a shortest path. */
  pathColor: string;
  labelColor: string;
  labelSize: number;
  labelFont: string;
  /**
   * Labels are drawn for nodes rendered at least this large. With the size range above this
   * keeps labels to the best-connected third or so of the seed graph at the initial zoom; zooming
   * in reveals the rest.
   */
  labelRenderedSizeThreshold: number;
  /** Sigma's label grid density: lower means fewer overlapping labels. */
  labelDensity: number;
  /** Side of a label grid cell in px (sigma's default is 100): each cell keeps its densest labels. */
  labelGridCellSize: number;
  /**
   * Edges are clickable (their evidence opens) while at most this many are shown: sigma draws every
   * shown edge again into its picking buffer each frame, which halved panning on 50,000 edges
   * (0.23 against 0.45 frames/s in `npm run bench:viewer`). The default view shows about 2,000.
   */
  edgeEventsMaxEdges: number;
  /** Seed of the initial random positions, so the same graph always starts from the same picture. */
  layoutSeed: number;
  /** ForceAtlas2 settings laid over what its inferSettings picks for the graph's order. */
  layoutOverrides: ForceAtlas2Settings;
  /**
   * ForceAtlas2 iterations of the automatic layout of a view (first load, a bigger view): a count,
   * not a time, so every browser draws the same picture of the same view. 300 shown nodes take
   * about 2 s in a worker here.
   */
  layoutIterations: number;
  /** Iterations between two pictures of that layout while it runs. */
  layoutChunk: number;
  /** Bound of the no-overlap pass of that layout (an iteration count, for the same reason). */
  noverlapIterations: number;
  /** Short run after new nodes arrive (ingestion, date range), placed near their neighbors first. */
  layoutUpdateMs: number;
  /** No-overlap pass after ForceAtlas2; margin is in screen pixels at the initial zoom. */
  noverlapSettings: NoverlapSettings;
  /** Give up on the no-overlap pass after this long (it usually converges much sooner). */
  noverlapMaxMs: number;
  /** localStorage key prefix of kept positions (the graph's name follows). */
  positionsStorageKey: string;
  searchLimit: number;
  /** Wait after the last keystroke before asking the API, so typing does not flood it. */
  searchDebounceMs: number;
  /** Neighbors listed in the panel at first, and added by each "more". */
  neighborsLimit: number;
  /** Documents the documents list shows at first, and adds with each "more" (the API's default page). */
  documentsPageSize: number;
  /** How long the curation toast (with its Undo) stays. */
  toastMs: number;
  /**
   * File bytes sent in one `POST /api/files` request; with base64's third more and a margin, a
   * batch stays under the server's default 10 MB body limit (`SERVER_DEFAULTS.maxBodyBytes`).
   */
  uploadBatchBytes: number;
  /** Largest file uploaded (7 MB is 9.3 MB in base64, under the 10 MB limit); larger ones are listed as skipped, never read. */
  uploadMaxFileBytes: number;
  /** Resolutions the PNG export offers, as multiples of the screen's (capped by what the GPU can draw). */
  pngScaleChoices: number[];
  /** Duplicate suggestions listed at most (the best-known pairs first). */
  duplicateLimit: number;
  /** Rows the table draws (the CSV download has every row): a DOM of 9,000 rows is slow to build. */
  tableRowLimit: number;
  /** Sizes offered by the "Show top" control (the default view's size is DEFAULT_FILTERS.topN). */
  topNChoices: number[];
  /** Upper bound of the minimum-edge-weight and minimum-degree sliders (the data's max if lower). */
  filterSliderMax: number;
  /** Wait after the last change of the URL-worthy state (camera moves a lot) before writing the URL. */
  urlDebounceMs: number;
  /** Wait after the date slider stops before refetching the graph. */
  dateDebounceMs: number;
  /**
   * Camera ratio bounds when focusing an entity (1 = whole graph): zoom in at least to the first
   * so a lone node is not lost, out at most to the second so a hub does not shrink the graph.
   */
  focusRatioRange: [number, number];
  /** Room kept between the focused neighborhood and the edges of the view, for labels. */
  focusMarginPx: number;
  focusDurationMs: number;
  /** Zoom buttons: camera ratio factor per click and animation time. */
  zoomFactor: number;
  zoomDurationMs: number;
  /** Widest window that gets the phone layout (panel as a bottom sheet); mirrors styles.css. */
  narrowMaxWidth: number;
}

export const DEFAULT_SETTINGS: ViewerSettings = {
  typeColors: { person: "#e4572e", country: "#1b98e0", organization: "#2e9e5b" },
  typeLabels: { person: "Person", country: "Country", organization: "Organization" },
  communityPalette: [
    "#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f", "#edc948",
    "#b07aa1", "#ff9da7", "#9c755f", "#2f4b7c", "#a05195", "#665191",
  ],
  otherCommunityColor: "#9aa3ad",
  nodeSizeRange: [3, 18],
  edgeSizeRange: [0.6, 5],
  edgeColor: "#cbd2dc",
  dimmedNodeColor: "#e3e6ea",
  dimmedEdgeColor: "#f0f1f3",
  highlightedEdgeColor: "#6b7686",
  pathColor: "#7c3aed",
  labelColor: "#1f2733",
  labelSize: 13,
  labelFont: "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif",
  labelRenderedSizeThreshold: 8,
  labelDensity: 0.7,
  labelGridCellSize: 100,
  edgeEventsMaxEdges: 10_000,
  layoutSeed: 42,
  layoutOverrides: { strongGravityMode: true, gravity: 0.2, scalingRatio: 12, edgeWeightInfluence: 0.5 },
  layoutIterations: 400,
  layoutChunk: 10,
  noverlapIterations: 200,
  layoutUpdateMs: 1200,
  noverlapSettings: { margin: 2, ratio: 1.1, speed: 3 },
  noverlapMaxMs: 3000,
  positionsStorageKey: "entente:positions:",
  searchLimit: 10,
  searchDebounceMs: 150,
  neighborsLimit: 50,
  documentsPageSize: 50,
  tableRowLimit: 500,
  toastMs: 10_000,
  uploadBatchBytes: 4 * 1024 * 1024,
  uploadMaxFileBytes: 7 * 1024 * 1024,
  pngScaleChoices: [1, 2, 3, 4],
  duplicateLimit: 50,
  topNChoices: [50, 100, 200, 300, 500, 1000, 2000],
  filterSliderMax: 50,
  urlDebounceMs: 400,
  dateDebounceMs: 350,
  focusRatioRange: [0.3, 1.1],
  focusMarginPx: 70,
  focusDurationMs: 600,
  zoomFactor: 1.5,
  zoomDurationMs: 250,
  narrowMaxWidth: 700,
};

/** Thrown when a settings override does not make sense; the message names the key. */
export class InvalidSettingsError extends Error {
  override name = "InvalidSettingsError";
}

/** Merges overrides into the defaults and checks the values a typo could break. */
export function resolveSettings(overrides: Partial<ViewerSettings> = {}): ViewerSettings {
  const settings = { ...DEFAULT_SETTINGS, ...overrides };
  const positive: (keyof ViewerSettings)[] = ["layoutIterations", "layoutUpdateMs", "searchLimit", "neighborsLimit", "documentsPageSize", "filterSliderMax"];
  for (const key of positive) {
    const value = settings[key];
    if (typeof value !== "number" || !(value > 0)) {
      throw new InvalidSettingsError(`resolveSettings: "${key}" must be a positive number, got ${String(value)}`);
    }
  }
  for (const key of ["nodeSizeRange", "edgeSizeRange", "focusRatioRange"] as const) {
    const [min, max] = settings[key];
    if (!(min > 0 && max >= min)) {
      throw new InvalidSettingsError(`resolveSettings: "${key}" must be [min, max] with 0 < min <= max, got [${min}, ${max}]`);
    }
  }
  if (settings.communityPalette.length === 0) {
    throw new InvalidSettingsError(`resolveSettings: "communityPalette" needs at least one color`);
  }
  return settings;
}
