/**
 * Gives sigma a graph (the first one, or a swapped-in one) in one processing pass, with the view's
 * frame already set, and works around sigma 4.0.4's `setGraph`, which keeps its drag manager and
 * its parallel-edge index on the graph it was built with.
 */
import type { EntityGraph } from "../graph";
import type { EntitySigma } from "./index";
import type { Extent } from "./view-frame";

/** The two sigma 4.0.4 internals that hold the graph they were created with (private in its types). */
interface SigmaGraphHolders {
  edgeGroups?: { graph: unknown };
  internals?: { dragManager?: { graph: unknown } };
}

/**
 * Sets the frame, then the graph: sigma processes and draws it once. Rebinding the two holders
 * first matters after a swap (date range, new articles): without it a dragged node was written to
 * the old graph and did not move, and the edge index rebuilt from the old graph's edges.
 */
export function setRendererGraph(sigma: EntitySigma, graph: EntityGraph, frame: Extent | null): void {
  const holders = sigma as unknown as SigmaGraphHolders;
  if (holders.edgeGroups) holders.edgeGroups.graph = graph;
  if (holders.internals?.dragManager) holders.internals.dragManager.graph = graph;
  sigma.setCustomBBox(frame);
  sigma.setGraph(graph);
}
