/** Creates the sigma renderer for the entity graph; display decisions live in the reducers. */
import Sigma from "sigma";
import { DEFAULT_DEPTH_LAYERS, DEFAULT_PRIMITIVES } from "sigma/primitives";
import type { EdgeAttributes, EntityAttributes, GraphAttributes } from "../../../server/src/types";
import type { EntityGraph } from "../graph";
import type { ViewerSettings } from "../settings";
import type { ViewerState } from "../state";
import type { DisplayModel } from "./display-model";
import { labelSettings } from "./labels";
import { createEdgeReducer, createNodeReducer, LABEL_DEPTH } from "./reducers";
import { setRendererGraph } from "./set-graph";
import type { Extent } from "./view-frame";

export type { DisplayModel, PathHighlight } from "./display-model";
export { fitNodes, focusNode, type Insets } from "./focus-node";
export { displayedExtent, frameView, type Extent } from "./view-frame";
export { setRendererGraph } from "./set-graph";
export { labelSettings } from "./labels";

export type EntitySigma = Sigma<EntityAttributes, EdgeAttributes, GraphAttributes>;

/**
 * Draws `graph` into `container`, framed on `frame` (the view's extent). Clicking a node selects
 * it, clicking an edge opens its evidence, clicking the background clears the selection, hovering
 * feeds the state, nodes can be dragged; the caller refreshes sigma when the model changes.
 */
export function createRenderer(
  graph: EntityGraph,
  container: HTMLElement,
  state: ViewerState,
  model: () => DisplayModel,
  settings: ViewerSettings,
  frame: Extent | null,
): EntitySigma {
  // Sigma draws in its constructor, and a custom frame only applies at its next full processing:
  // built on an empty graph, then given the frame and the graph, it processes and draws the first
  // picture once. Built on the graph and refreshed, it did both twice (2.3 s of 6.6 s on 5k / 50k).
  const sigma: EntitySigma = new Sigma(graph.nullCopy(), container, {
    // One more depth layer above sigma's four: the reducers put every label there, so a label is
    // never hidden under a neighbor's disc.
    primitives: { ...DEFAULT_PRIMITIVES, depthLayers: [...DEFAULT_DEPTH_LAYERS, LABEL_DEPTH] },
    nodeReducer: createNodeReducer(model, settings),
    edgeReducer: createEdgeReducer(model, settings),
    settings: {
      // Sizes in the mapping are screen pixels, so they read the same for any graph extent.
      itemSizesReference: "screen",
      ...labelSettings(settings, state.get().labels),
      // Rotating a news graph has no meaning and is easy to trigger by accident.
      enableCameraRotation: false,
      // An edge is proof to read: a click on it opens its sentences (while few enough are shown).
      enableEdgeEvents: model().visibility.shownEdges <= settings.edgeEventsMaxEdges,
      // Dragging writes x/y, the only attributes the viewer sets (layout positions).
      enableNodeDrag: true,
      dragPositionToAttributes: ({ x, y }) => ({ x, y }),
    },
  });

  setRendererGraph(sigma, graph, frame);

  sigma.on("clickNode", ({ node }) => state.select(node));
  sigma.on("clickEdge", ({ edge }) => {
    // The graph sigma draws now: a date range or new articles swap it.
    const [source, target] = sigma.getGraph().extremities(edge);
    // Keep the selected end when there is one, so the back button returns to it.
    const from = state.get().selected === target ? target : source;
    state.select(from);
    state.showEvidence(from === source ? target : source);
  });
  state.subscribe((snapshot, changes) => {
    if (changes.has("labels")) sigma.setSettings(labelSettings(settings, snapshot.labels));
  });
  sigma.on("clickStage", () => state.select(null));
  sigma.on("enterNode", ({ node }) => state.update({ hovered: node }));
  sigma.on("leaveNode", () => state.update({ hovered: null }));
  return sigma;
}

/** Turns edge clicks on or off for what is shown now: see `edgeEventsMaxEdges` in settings.ts. */
export function syncEdgeEvents(sigma: EntitySigma, model: DisplayModel, settings: ViewerSettings): void {
  const enabled = model.visibility.shownEdges <= settings.edgeEventsMaxEdges;
  if (sigma.getSetting("enableEdgeEvents") !== enabled) sigma.setSetting("enableEdgeEvents", enabled);
}
