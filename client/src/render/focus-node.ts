/** Moves the camera onto one node and its neighborhood, the way search brings an entity into view. */
import type { Attributes } from "graphology-types";
import type Sigma from "sigma";
import type { ViewerSettings } from "../settings";

export interface FocusOptions {
  /** Pixels on the right covered by the side panel; the node is centered in what is left. */
  insetRight?: number;
  /** Pixels at the bottom covered by the panel as a bottom sheet (narrow windows). */
  insetBottom?: number;
  /** Nodes that should be in view too (the neighbors), zooming out only as far as they need. */
  include?: Iterable<string>;
}

/**
 * Animates the camera to `node`. Camera coordinates live in sigma's normalized ("framed graph")
 * space, which is what getNodeDisplayData returns, not the raw x/y attributes; on-screen distances
 * scale as 1 / ratio, so the ratio that fits the neighborhood is measured once at ratio 1.
 */
export async function focusNode<N extends Attributes, E extends Attributes, G extends Attributes>(
  sigma: Sigma<N, E, G>,
  node: string,
  settings: ViewerSettings,
  { insetRight = 0, insetBottom = 0, include = [] }: FocusOptions = {},
): Promise<void> {
  const data = sigma.getNodeDisplayData(node);
  if (!data) return;
  const camera = sigma.getCamera();
  const { width, height } = sigma.getDimensions();
  const margin = settings.focusMarginPx;
  const halfWidth = Math.max(1, (width - insetRight) / 2 - margin);
  const halfHeight = Math.max(1, (height - insetBottom) / 2 - margin);

  const atRatioOne = { x: data.x, y: data.y, ratio: 1, angle: camera.angle };
  let ratio = settings.focusRatioRange[0];
  for (const other of include) {
    const otherData = sigma.getNodeDisplayData(other);
    if (!otherData) continue;
    const point = sigma.framedGraphToViewport(otherData, { cameraState: atRatioOne });
    ratio = Math.max(ratio, Math.abs(point.x - width / 2) / halfWidth, Math.abs(point.y - height / 2) / halfHeight);
  }
  ratio = Math.min(ratio, settings.focusRatioRange[1]);

  // Where the uncovered area's middle would fall with the node centered; shift by the difference.
  const centered = { ...atRatioOne, ratio };
  const visibleMiddle = sigma.viewportToFramedGraph({ x: (width - insetRight) / 2, y: (height - insetBottom) / 2 }, { cameraState: centered });
  await camera.animate(
    { x: 2 * data.x - visibleMiddle.x, y: 2 * data.y - visibleMiddle.y, ratio },
    { duration: settings.focusDurationMs },
  );
}
