/**
 * Frames the view, not the whole graph: sigma fits every node it knows, hidden ones included, so a
 * top-300 view of a 9,000-node corpus would sit small in the middle of the hidden hairball's disc.
 * The custom bounding box is the extent of what is displayed (shown nodes and any path).
 */
import type { EntityGraph, GraphIndex } from "../graph";
import type { DisplayModel } from "./display-model";
import type { EntitySigma } from "./index";

export interface Extent {
  x: [number, number];
  y: [number, number];
}

/** The extent of the displayed nodes in graph coordinates, or null when nothing is displayed. */
export function displayedExtent(graph: EntityGraph, index: GraphIndex, model: DisplayModel): Extent | null {
  let minX = Infinity;
  let maxX = -Infinity;
  let minY = Infinity;
  let maxY = -Infinity;
  const add = (node: string): void => {
    const { x, y } = graph.getNodeAttributes(node);
    if (!Number.isFinite(x) || !Number.isFinite(y)) return;
    minX = Math.min(minX, x!);
    maxX = Math.max(maxX, x!);
    minY = Math.min(minY, y!);
    maxY = Math.max(maxY, y!);
  };
  const { nodeShown } = model.visibility;
  for (let i = 0; i < index.nodes.length; i++) if (nodeShown[i]) add(index.nodes[i]);
  for (const node of model.path?.nodes ?? []) if (graph.hasNode(node)) add(node);
  if (minX === Infinity) return null;
  // One node (or a line of them) has no extent on an axis: give it one so the framing is defined.
  const pad = (min: number, max: number): [number, number] => (max > min ? [min, max] : [min - 1, max + 1]);
  return { x: pad(minX, maxX), y: pad(minY, maxY) };
}

export function frameView(sigma: EntitySigma, graph: EntityGraph, index: GraphIndex, model: DisplayModel): void {
  const extent = displayedExtent(graph, index, model);
  const current = sigma.getCustomBBox();
  // Unchanged (a filter that keeps the extent, a pan): no render to schedule.
  if (extent !== null && current !== null && sameExtent(extent, current)) return;
  sigma.setCustomBBox(extent);
}

function sameExtent(a: Extent, b: Extent): boolean {
  return a.x[0] === b.x[0] && a.x[1] === b.x[1] && a.y[0] === b.y[0] && a.y[1] === b.y[1];
}
