/** The label-density control's effect: one multiplier over sigma's label grid settings. */
import type { Settings } from "sigma/settings";
import type { ViewerSettings } from "../settings";

/**
 * Sigma keeps at most `labelDensity` labels per grid cell (of `labelGridCellSize` px), largest
 * nodes first, and never labels nodes drawn smaller than `labelRenderedSizeThreshold`: so labels
 * never collide. "More labels" raises the density and lowers the threshold together, else a dense
 * ego network of small nodes stays unnamed however high the density.
 */
export function labelSettings(settings: ViewerSettings, multiplier: number): Pick<Settings, "labelDensity" | "labelGridCellSize" | "labelRenderedSizeThreshold"> {
  return {
    labelDensity: settings.labelDensity * multiplier,
    labelGridCellSize: settings.labelGridCellSize,
    labelRenderedSizeThreshold: Math.max(settings.nodeSizeRange[0], settings.labelRenderedSizeThreshold / multiplier),
  };
}
