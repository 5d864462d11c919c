/** The viewer's one place for tunable numbers and colors: mapping, layout, labels, API limits, timings. */
import type { ForceAtlas2Settings } from "graphology-layout-forceatlas2";
import type { EntityType } from "../../server/src/types";

export interface ViewerSettings {
  /** Node color per entity type; the legend reads the same table. */
  typeColors: Record<EntityType, string>;
  /** Human names for the legend and the panel. */
  typeLabels: Record<EntityType, string>;
  /** Node radius in screen pixels, mapped from degree (sqrt scale) between these bounds. */
  nodeSizeRange: [number, number];
  /** Edge thickness in screen pixels, mapped from weight (sqrt scale) between these bounds. */
  edgeSizeRange: [number, number];
  edgeColor: string;
  /** Colors of what a selection pushes to the background. */
  dimmedNodeColor: string;
  dimmedEdgeColor: string;
  highlightedEdgeColor: string;
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
  /** ForceAtlas2 iterations: enough for a few hundred nodes to settle, a few ms each. */
  layoutIterations: number;
  /** Seed of the initial random positions, so the same graph always gets the same picture. */
  layoutSeed: number;
  /** ForceAtlas2 settings laid over what its inferSettings picks for the graph's order. */
  layoutOverrides: ForceAtlas2Settings;
  searchLimit: number;
  /** Wait after the last keystroke before asking the API, so typing does not flood it. */
  searchDebounceMs: number;
  neighborsLimit: number;
  /**
   * Camera ratio bounds when focusing an entity (1 = whole graph): zoom in at least to the first
   * so a lone node is not lost, out at most to the second so a hub does not shrink the graph.
   */
  focusRatioRange: [number, number];
  /** Room kept between the focused neighborhood and the edges of the view, for labels. */
  focusMarginPx: number;
  focusDurationMs: number;
}

export const DEFAULT_SETTINGS: ViewerSettings = {
  typeColors: { person: "#e4572e", country: "#1b98e0", organization: "#2e9e5b" },
  typeLabels: { person: "Person", country: "Country", organization: "Organization" },
  nodeSizeRange: [3, 18],
  edgeSizeRange: [0.6, 5],
  edgeColor: "#cbd2dc",
  dimmedNodeColor: "#e3e6ea",
  dimmedEdgeColor: "#f0f1f3",
  highlightedEdgeColor: "#6b7686",
  labelColor: "#1f2733",
  labelSize: 13,
  labelFont: "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif",
  labelRenderedSizeThreshold: 8,
  labelDensity: 0.7,
  layoutIterations: 300,
  layoutSeed: 42,
  layoutOverrides: { strongGravityMode: true, gravity: 0.2, scalingRatio: 12, edgeWeightInfluence: 0.5 },
  searchLimit: 10,
  searchDebounceMs: 150,
  neighborsLimit: 50,
  focusRatioRange: [0.3, 1.1],
  focusMarginPx: 70,
  focusDurationMs: 600,
};

/** Thrown when a settings override does not make sense; the message names the key. */
export class InvalidSettingsError extends Error {
  override name = "InvalidSettingsError";
}

/** Merges overrides into the defaults and checks the values a typo could break. */
export function resolveSettings(overrides: Partial<ViewerSettings> = {}): ViewerSettings {
  const settings = { ...DEFAULT_SETTINGS, ...overrides };
  const positive: (keyof ViewerSettings)[] = ["layoutIterations", "searchLimit", "neighborsLimit"];
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
  return settings;
}
