/**
 * Moves the camera onto one node and its neighborhood (search, selection), or onto a set of nodes
 * (a path, the whole view), keeping them in the part of the graph no overlay panel covers.
 */
import type { Attributes } from "graphology-types";
import type Sigma from "sigma";
import type { ViewerSettings } from "../settings";

/** Pixels of the graph covered by overlays on each side (the side panel, the view controls). */
export interface Insets {
  left?: number;
  right?: number;
  top?: number;
  bottom?: number;
}

export interface FocusOptions extends Insets {
  /** Nodes that should be in view too (the neighbors), zooming out only as far as they need. */
  include?: Iterable<string>;
  /** Bounds of the camera ratio; focusing a node defaults to settings.focusRatioRange. */
  ratioRange?: [number, number];
}

type AnySigma = Sigma<Attributes, Attributes, Attributes>;

/**
 * Animates the camera so that `center` sits in the middle of the uncovered area and every node of
 * `include` is inside it. Camera coordinates live in sigma's normalized ("framed graph") space,
 * which is what getNodeDisplayData returns, not the raw x/y attributes; on-screen distances scale
 * as 1 / ratio, so the ratio that fits is measured once at ratio 1.
 */
async function frame(
  sigma: AnySigma,
  center: { x: number; y: number },
  settings: ViewerSettings,
  { left = 0, right = 0, top = 0, bottom = 0, include = [], ratioRange = settings.focusRatioRange }: FocusOptions,
): Promise<void> {
  const camera = sigma.getCamera();
  const { width, height } = sigma.getDimensions();
  const margin = settings.focusMarginPx;
  const halfWidth = Math.max(1, (width - left - right) / 2 - margin);
  const halfHeight = Math.max(1, (height - top - bottom) / 2 - margin);

  const atRatioOne = { x: center.x, y: center.y, ratio: 1, angle: camera.angle };
  let ratio = ratioRange[0];
  for (const other of include) {
    const otherData = sigma.getNodeDisplayData(other);
    if (!otherData) continue;
    const point = sigma.framedGraphToViewport(otherData, { cameraState: atRatioOne });
    ratio = Math.max(ratio, Math.abs(point.x - width / 2) / halfWidth, Math.abs(point.y - height / 2) / halfHeight);
  }
  ratio = Math.min(ratio, ratioRange[1]);

  // Where the uncovered area's middle would fall with the point centered; shift by the difference.
  const centered = { ...atRatioOne, ratio };
  const visibleMiddle = sigma.viewportToFramedGraph({ x: left + (width - left - right) / 2, y: top + (height - top - bottom) / 2 }, { cameraState: centered });
  await camera.animate({ x: 2 * center.x - visibleMiddle.x, y: 2 * center.y - visibleMiddle.y, ratio }, { duration: settings.focusDurationMs });
}

/** Animates the camera to `node`, with its `include` neighbors in view as far as the ratio range allows. */
export async function focusNode<N extends Attributes, E extends Attributes, G extends Attributes>(
  sigma: Sigma<N, E, G>,
  node: string,
  settings: ViewerSettings,
  options: FocusOptions = {},
): Promise<void> {
  const data = sigma.getNodeDisplayData(node);
  if (!data) return;
  await frame(sigma as unknown as AnySigma, data, settings, options);
}

/**
 * Animates the camera so that all `nodes` are in the uncovered area (a path's hops, the view):
 * centered on their bounding box, zoomed out as far as they need and never in past the closest
 * focus ratio.
 */
export async function fitNodes<N extends Attributes, E extends Attributes, G extends Attributes>(
  sigma: Sigma<N, E, G>,
  nodes: Iterable<string>,
  settings: ViewerSettings,
  insets: Insets = {},
): Promise<void> {
  let minX = Infinity;
  let maxX = -Infinity;
  let minY = Infinity;
  let maxY = -Infinity;
  const list = [...nodes];
  for (const node of list) {
    const data = sigma.getNodeDisplayData(node);
    if (!data) continue;
    minX = Math.min(minX, data.x);
    maxX = Math.max(maxX, data.x);
    minY = Math.min(minY, data.y);
    maxY = Math.max(maxY, data.y);
  }
  if (minX === Infinity) return;
  const center = { x: (minX + maxX) / 2, y: (minY + maxY) / 2 };
  await frame(sigma as unknown as AnySigma, center, settings, { ...insets, include: list, ratioRange: [settings.focusRatioRange[0], Infinity] });
}
