/** Moves the camera onto one node, the way search and the panel bring an entity into view. */
import type { Attributes } from "graphology-types";
import type Sigma from "sigma";
import type { ViewerSettings } from "../settings";

/**
 * Animates the camera so `node` lands in the middle of the part of the stage left uncovered by
 * `insetRight` pixels (the side panel). Camera coordinates live in sigma's normalized ("framed
 * graph") space, which is what getNodeDisplayData returns, not the raw x/y attributes.
 */
export async function focusNode<N extends Attributes, E extends Attributes, G extends Attributes>(
  sigma: Sigma<N, E, G>,
  node: string,
  settings: ViewerSettings,
  insetRight = 0,
): Promise<void> {
  const data = sigma.getNodeDisplayData(node);
  if (!data) return;
  const camera = sigma.getCamera();
  const ratio = Math.min(camera.ratio, settings.focusCameraRatio);
  const centered = { x: data.x, y: data.y, ratio, angle: camera.angle };
  // Where the visible middle would fall with the node centered; shift the camera by the difference.
  const { width, height } = sigma.getDimensions();
  const visibleMiddle = sigma.viewportToFramedGraph({ x: (width - insetRight) / 2, y: height / 2 }, { cameraState: centered });
  await camera.animate(
    { x: 2 * data.x - visibleMiddle.x, y: 2 * data.y - visibleMiddle.y, ratio },
    { duration: settings.focusDurationMs },
  );
}
