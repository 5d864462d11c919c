/** Creates the sigma renderer for the entity graph and keeps it in sync with the viewer state. */
import Sigma from "sigma";
import { DEFAULT_DEPTH_LAYERS, DEFAULT_PRIMITIVES } from "sigma/primitives";
import type { EdgeAttributes, EntityAttributes, GraphAttributes } from "../../../server/src/types";
import type { EntityGraph } from "../graph";
import type { ViewerSettings } from "../settings";
import type { ViewerState } from "../state";
import { computeMapping } from "./mapping";
import { createEdgeReducer, createNodeReducer, LABEL_DEPTH } from "./reducers";

export { focusNode } from "./focus-node";

export type EntitySigma = Sigma<EntityAttributes, EdgeAttributes, GraphAttributes>;

/**
 * Draws `graph` into `container`. Clicking a node selects it, clicking the background clears the
 * selection; every state change re-runs the reducers.
 */
export function createRenderer(graph: EntityGraph, container: HTMLElement, state: ViewerState, settings: ViewerSettings): EntitySigma {
  const mapping = computeMapping(graph, settings);
  const sigma: EntitySigma = new Sigma(graph, container, {
    // One more depth layer above sigma's four: the reducers put every label there, so a label is
    // never hidden under a neighbor's disc.
    primitives: { ...DEFAULT_PRIMITIVES, depthLayers: [...DEFAULT_DEPTH_LAYERS, LABEL_DEPTH] },
    nodeReducer: createNodeReducer(state, mapping, settings),
    edgeReducer: createEdgeReducer(state, mapping, settings),
    settings: {
      // Sizes in the mapping are screen pixels, so they read the same for any graph extent.
      itemSizesReference: "screen",
      labelRenderedSizeThreshold: settings.labelRenderedSizeThreshold,
      labelDensity: settings.labelDensity,
      // Rotating a news graph has no meaning and is easy to trigger by accident.
      enableCameraRotation: false,
    },
  });

  sigma.on("clickNode", ({ node }) => state.select(node));
  sigma.on("clickStage", () => state.select(null));
  state.subscribe(() => sigma.refresh());
  return sigma;
}
