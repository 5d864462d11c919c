/**
 * The viewer's core: holds the current graph and what is derived from it (index, mapping,
 * visibility, focus, path), keeps them in step with the state, and swaps the graph in place
 * (date range, new articles, curation) keeping every position.
 */
import type { SerializedGraphPayload } from "../../../server/src/types";
import { fetchGraph, fetchPath } from "../api";
import { computeVisibility } from "../filters/utils";
import type { Visibility } from "../filters/types";
import { buildGraph, indexGraph, type EntityGraph, type GraphIndex } from "../graph";
import { assignPositions, createLayout, loadPositions, placeNodes, type LayoutController } from "../layout";
import { computeMapping, type MetricCache, type VisualMapping } from "../mapping";
import {
  createRenderer,
  displayedExtent,
  frameView,
  setRendererGraph,
  syncEdgeEvents,
  type DisplayModel,
  type EntitySigma,
  type PathHighlight,
} from "../render";
import type { ViewerSettings } from "../settings";
import type { ViewerState } from "../state";
import type { PathResponse } from "../../../server/src/types";

export interface Viewer {
  readonly sigma: EntitySigma;
  readonly state: ViewerState;
  graph(): EntityGraph;
  index(): GraphIndex;
  model(): DisplayModel;
  layout(): LayoutController;
  /** The last path answer (null when no path is asked or it is loading). */
  path(): PathResponse | null;
  /** Refetches the graph (current date range) and swaps it in, keeping positions. */
  reload(): Promise<void>;
  /** Calls `listener` after the graph, the mapping or the visibility changed. */
  onModel(listener: () => void): void;
  /** Calls `listener` when a path answer arrives (or is cleared). */
  onPath(listener: (path: PathResponse | null) => void): void;
}

const NONE: ReadonlySet<string> = new Set();

function storageKey(graph: EntityGraph, settings: ViewerSettings): string {
  return settings.positionsStorageKey + (graph.getAttribute("name") ?? "graph");
}

export async function createViewer(container: HTMLElement, state: ViewerState, settings: ViewerSettings): Promise<Viewer> {
  const modelListeners: (() => void)[] = [];
  const pathListeners: ((path: PathResponse | null) => void)[] = [];
  let graph = buildGraph(await fetchGraph(state.get().dateRange));
  let index!: GraphIndex;
  let cache: MetricCache;
  let mapping: VisualMapping;
  let visibility!: Visibility;
  let focus: string | null = null;
  let focusNeighbors: ReadonlySet<string> = NONE;
  let pathHighlight: PathHighlight | null = null;
  let pathAnswer: PathResponse | null = null;
  let pathRequest: AbortController | null = null;
  let model!: DisplayModel;
  let layout: LayoutController;

  function updateVisibility(): void {
    const { ego, selected, filters } = state.get();
    const keep = ego && selected !== null && graph.hasNode(selected) ? new Set([selected, ...graph.neighbors(selected)]) : null;
    visibility = computeVisibility(index, filters, keep);
  }
  function updateFocus(): void {
    const { hovered, selected } = state.get();
    const candidate = hovered ?? selected;
    focus = candidate !== null && graph.hasNode(candidate) ? candidate : null;
    focusNeighbors = focus === null ? NONE : new Set(graph.neighbors(focus));
  }
  function updateMapping(): void {
    const { colorBy, sizeBy } = state.get();
    mapping = computeMapping(graph, index, settings, { colorBy, sizeBy }, cache, visibility);
  }
  function updateModel(): void {
    const { selected, evidenceWith } = state.get();
    model = { index, mapping, visibility, focus, focusNeighbors, selected, evidenceWith, path: pathHighlight };
  }
  function derive(): void {
    index = indexGraph(graph);
    cache = {};
    updateVisibility();
    updateMapping();
    updateFocus();
    updatePathHighlight();
    updateModel();
  }
  function updatePathHighlight(): void {
    if (pathAnswer === null || pathAnswer.nodes.length === 0) {
      pathHighlight = null;
      return;
    }
    const edges = new Set<string>();
    for (const hop of pathAnswer.hops) {
      const edge = graph.hasNode(hop.source) && graph.hasNode(hop.target) ? graph.edge(hop.source, hop.target) : undefined;
      if (edge !== undefined) edges.add(edge);
    }
    pathHighlight = { nodes: new Set(pathAnswer.nodes.map(({ id }) => id)), edges };
  }

  /** Radius of a node in graph units at the initial zoom, for the no-overlap pass. */
  function nodeRadius(node: string): number {
    const pixelsPerUnit = sigma.getGraphToViewportRatio() * sigma.getCamera().getState().ratio;
    const size = mapping.nodeSize[index.nodePosition.get(node) ?? -1] ?? settings.nodeSizeRange[0];
    return size / Math.max(Number.MIN_VALUE, pixelsPerUnit);
  }
  /** `placed`: the nodes given a start position (not kept, not in the payload); every other node is settled. */
  function createLayoutFor(current: EntityGraph, placed: readonly string[]): LayoutController {
    const unsettled = new Set(placed);
    const controller = createLayout(current, {
      settings,
      storageKey: storageKey(current, settings),
      nodeRadius,
      index,
      shown: () => visibility,
      settled: current.filterNodes((node) => !unsettled.has(node)),
    });
    controller.onPhase((phase) => (document.body.dataset.layout = phase === "idle" ? "idle" : "running"));
    return controller;
  }

  derive();
  // New nodes start on a disc sized for the view, not for the whole corpus: FA2 then has little to pull in.
  const placement = placeNodes(graph, loadPositions(storageKey(graph, settings)), settings.layoutSeed, visibility.shownNodes);
  assignPositions(graph, placement.positions);
  const sigma = createRenderer(graph, container, state, () => model, settings, displayedExtent(graph, index, model));
  // Sigma has drawn the first frame: a mark for the benchmark (bench/viewer.ts).
  performance.mark("entente:first-render");
  // Nodes that came with positions (kept in this browser, or in the payload) are drawn as they are:
  // laying out a 5,000-node graph that has them took a core for the whole visit.
  layout = createLayoutFor(graph, placement.placed);
  // "running" from the start when a layout is due, so nobody mistakes the start positions for it.
  document.body.dataset.layout = hasUnsettled() ? "running" : "idle";
  const camera = state.get().camera;
  if (camera !== null) sigma.getCamera().setState(camera);

  /** True when a shown node was never laid out (a first load, or "Show all" on a bigger view). */
  function hasUnsettled(): boolean {
    for (let i = 0; i < index.nodes.length; i++) if (visibility.nodeShown[i] && !layout.settled(index.nodes[i])) return true;
    return false;
  }
  /** Places unsettled shown nodes near their settled neighbors, then lays the view out. */
  function settleView(run: (controller: LayoutController) => void): void {
    if (layout.phase() !== "idle" || !hasUnsettled()) return;
    assignPositions(graph, placeNodes(graph, layout.settledPositions(), settings.layoutSeed, visibility.shownNodes).positions);
    run(layout);
  }

  // Reducers run in sigma.refresh(); several state changes in one frame cost one refresh.
  let refreshFrame = 0;
  let dragging = false;
  function requestRefresh(): void {
    if (refreshFrame) return;
    refreshFrame = requestAnimationFrame(() => {
      refreshFrame = 0;
      // While a node is dragged the frame stays put, or the picture would rescale under the pointer.
      if (!dragging) frameView(sigma, graph, index, model);
      syncEdgeEvents(sigma, model, settings);
      sigma.refresh();
    });
  }
  // Layout and drag move nodes; sigma refreshes on its own, with the frame set here first.
  const onPositions = (): void => {
    if (!dragging) frameView(sigma, graph, index, model);
  };
  graph.on("eachNodeAttributesUpdated", onPositions);
  sigma.on("nodeDragStart", () => {
    dragging = true;
    layout.stop({ settle: false });
  });
  sigma.on("nodeDragEnd", ({ node }) => {
    dragging = false;
    layout.pin(node);
    requestRefresh();
  });
  function notifyModel(): void {
    for (const listener of modelListeners) listener();
  }

  async function loadPath(): Promise<void> {
    pathRequest?.abort();
    pathAnswer = null;
    const asked = state.get().path;
    if (asked === null) {
      for (const listener of pathListeners) listener(null);
      return;
    }
    const controller = (pathRequest = new AbortController());
    try {
      const answer = await fetchPath(asked.from, asked.to, controller.signal);
      if (controller.signal.aborted) return;
      pathAnswer = answer;
    } catch (error) {
      if (controller.signal.aborted) return;
      console.error(error);
      pathAnswer = { from: asked.from, to: asked.to, nodes: [], hops: [] };
    }
    updatePathHighlight();
    updateModel();
    requestRefresh();
    for (const listener of pathListeners) listener(pathAnswer);
  }

  /** Swaps in a new graph: positions of known nodes kept, newcomers near their neighbors, a short layout. */
  function replaceGraph(payload: SerializedGraphPayload): void {
    const known = { ...loadPositions(storageKey(graph, settings)), ...layout.settledPositions() };
    layout.kill();
    const next = buildGraph(payload);
    graph.off("eachNodeAttributesUpdated", onPositions);
    graph = next;
    derive();
    const placement = placeNodes(next, known, settings.layoutSeed, visibility.shownNodes);
    assignPositions(next, placement.positions);
    next.on("eachNodeAttributesUpdated", onPositions);
    setRendererGraph(sigma, next, displayedExtent(next, index, model));
    layout = createLayoutFor(next, placement.placed);
    const { selected } = state.get();
    if (selected !== null && !graph.hasNode(selected)) state.select(null);
    settleView((controller) => controller.start(settings.layoutUpdateMs));
    requestRefresh();
    notifyModel();
  }

  let reloadRequest: AbortController | null = null;
  async function reload(): Promise<void> {
    reloadRequest?.abort();
    const controller = (reloadRequest = new AbortController());
    const payload = await fetchGraph(state.get().dateRange, controller.signal);
    if (!controller.signal.aborted) replaceGraph(payload);
  }
  let dateTimer: number | undefined;

  state.subscribe((_snapshot, changes) => {
    let dirty = false;
    const viewChanged = changes.has("filters") || changes.has("ego") || (changes.has("selected") && state.get().ego);
    if (viewChanged) {
      updateVisibility();
      dirty = true;
      // Nodes a bigger view brings in have never been laid out: place and lay them out now.
      settleView((controller) => controller.run(settings.layoutIterations));
    }
    // The legend and the size scale describe the view, so a new view needs a new mapping too.
    if (viewChanged || changes.has("colorBy") || changes.has("sizeBy")) {
      updateMapping();
      dirty = true;
    }
    if (changes.has("hovered") || changes.has("selected") || changes.has("evidenceWith")) {
      updateFocus();
      dirty = true;
    }
    if (changes.has("path")) {
      pathAnswer = null;
      updatePathHighlight();
      void loadPath();
      dirty = true;
    }
    if (changes.has("dateRange")) {
      window.clearTimeout(dateTimer);
      dateTimer = window.setTimeout(() => void reload().catch((error: unknown) => console.error(error)), settings.dateDebounceMs);
    }
    if (!dirty) return;
    updateModel();
    requestRefresh();
    if (!(changes.size === 1 && changes.has("hovered"))) notifyModel();
  });
  if (state.get().path !== null) void loadPath();

  // Sigma draws once with the start positions; the layout runs after that first frame, so a big
  // graph is on screen before any layout work, and the page stays responsive while it runs.
  if (hasUnsettled()) {
    // Sigma's constructor renders synchronously; the next frame is after that picture is shown.
    requestAnimationFrame(() => window.setTimeout(() => layout.run(settings.layoutIterations), 0));
  }

  return {
    sigma,
    state,
    graph: () => graph,
    index: () => index,
    model: () => model,
    layout: () => layout,
    path: () => pathAnswer,
    reload,
    onModel: (listener) => void modelListeners.push(listener),
    onPath: (listener) => void pathListeners.push(listener),
  };
}
