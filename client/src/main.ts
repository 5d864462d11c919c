/** Viewer entry point: read the view from the URL, load the graph, draw it, and wire every feature. */
import type { EntitySummary } from "../../server/src/types";
import { fetchStatus } from "./api";
import { createViewer, type Viewer } from "./app";
import { h, requireElement } from "./dom";
import { createCurationFlow, mountReview, mountToast } from "./curation";
import { mountDocuments } from "./documents";
import { mountExport, pngLegend } from "./export";
import { mountFilters, renderCounts } from "./filters";
import { mountIngest } from "./ingest";
import { mountLayoutControls } from "./layout/controls";
import { applyTypeColors, mountLegend } from "./legend";
import { mountNavigation } from "./navigation";
import { mountPanel } from "./panel";
import { mountReader } from "./reader";
import { fitNodes, focusNode, type Insets } from "./render";
import { mountSearch } from "./search";
import { mountTable } from "./table";
import { resolveSettings, type ViewerSettings } from "./settings";
import { createViewerState } from "./state";
import { mountTimeline } from "./timeline";
import { followUrl, initialView, mountCopyLink, syncUrl } from "./url-state";

/** What end-to-end tests and the benchmark read; not an API for anything else. */
export type EntenteTestHook = Viewer & { settings: ViewerSettings; pngLegend(): string[] };

declare global {
  interface Window {
    __entente?: EntenteTestHook;
  }
}

/**
 * Pixels of the graph hidden by the overlays: the panel on the right (wide) or at the bottom
 * (narrow), and the open view controls on the left when they leave most of the width free.
 */
function coveredBy(panel: HTMLElement, controls: HTMLElement, graph: HTMLElement): Insets {
  const graphBox = graph.getBoundingClientRect();
  const insets: Insets = {};
  if (!panel.hidden) {
    const panelBox = panel.getBoundingClientRect();
    if (panelBox.left > graphBox.left + graphBox.width / 3) insets.right = Math.max(0, graphBox.right - panelBox.left);
    else insets.bottom = Math.max(0, graphBox.bottom - panelBox.top);
  }
  const controlsBox = controls.getBoundingClientRect();
  if (controlsBox.width > 0 && controlsBox.right < graphBox.left + graphBox.width / 3 && controlsBox.height > graphBox.height / 3) {
    insets.left = Math.max(0, controlsBox.right - graphBox.left);
  }
  return insets;
}

/** Narrow windows start with the view controls folded, leaving the graph visible. */
function foldControlsOnNarrowWindows(): void {
  if (window.matchMedia("(max-width: 700px)").matches) requireElement<HTMLDetailsElement>("controls").open = false;
}

/** A read-only server: styles.css hides the controls that write (add articles, curation). */
async function markReadOnly(): Promise<void> {
  const status = await fetchStatus();
  if (status.readOnly) document.body.dataset.readOnly = "true";
}

async function start(): Promise<void> {
  foldControlsOnNarrowWindows();
  // Beside the graph's download, not after it; a failure leaves the controls, whose writes then say why.
  void markReadOnly().catch((error: unknown) => console.warn(error));
  const settings = resolveSettings();
  const status = requireElement("status");
  applyTypeColors(document.documentElement, settings);
  const state = createViewerState(initialView());
  const graphContainer = requireElement("graph");
  const viewer = await createViewer(graphContainer, state, settings);
  const { sigma } = viewer;

  const panelElement = requireElement("panel");
  const controlsElement = requireElement("controls");
  const insets = (): Insets => coveredBy(panelElement, controlsElement, graphContainer);
  const center = (entity: string): void => {
    void focusNode(sigma, entity, settings, { ...insets(), include: viewer.model().focusNeighbors });
  };
  // Selecting shows the panel at once, so its size is known when the camera moves.
  const open = (entity: string): void => {
    state.select(entity);
    center(entity);
  };
  const stage = graphContainer.parentElement ?? document.body;
  const flow = createCurationFlow(viewer.reload, mountToast(stage, settings));
  const panel = mountPanel(panelElement, {
    state,
    settings,
    onOpenEntity: open,
    onCenter: center,
    path: viewer.path,
    reload: viewer.reload,
    onDecision: flow.announce,
  });
  viewer.onPath((answer) => {
    panel.refresh();
    // The path's hops are framed once drawn: the frame that includes them is set in the same animation frame.
    if (answer !== null && answer.nodes.length > 0) {
      requestAnimationFrame(() => void fitNodes(sigma, answer.nodes.map(({ id }) => id), settings, insets()));
    }
  });
  /** Every displayed node: the shown ones and any path (which bypasses the filters). */
  const displayed = (): string[] => {
    const { index, visibility, path } = viewer.model();
    const nodes = index.nodes.filter((_node, i) => visibility.nodeShown[i] === 1);
    for (const node of path?.nodes ?? []) if (!visibility.nodeShown[index.nodePosition.get(node) ?? -1]) nodes.push(node);
    return nodes;
  };
  const zoom = h("div", { className: "zoom-controls", attrs: { role: "group", "aria-label": "Zoom" } });
  graphContainer.after(zoom);
  mountNavigation(zoom, { sigma, state, settings, fit: () => fitNodes(sigma, displayed(), settings, insets()) });
  mountSearch(requireElement("search"), { settings, onPick: (entity: EntitySummary) => open(entity.id) });

  const legend = mountLegend(requireElement("legend"), state);
  const filters = mountFilters(requireElement("filters"), state, settings, viewer.index());
  const timeline = mountTimeline(requireElement("timeline"), state, viewer.graph());
  const counts = requireElement("counts");
  const showLayoutPhase = mountLayoutControls(requireElement("layout-controls"), viewer.layout);
  const render = (): void => {
    legend.render(viewer.model().mapping);
    renderCounts(counts, viewer.model().visibility, state);
    const empty = viewer.graph().order === 0;
    status.hidden = !empty;
    status.textContent = empty ? "The graph is empty: add articles, or widen the date range." : "";
  };
  let graph = viewer.graph();
  // Features mounted below that follow a new graph (added articles, curation, dates).
  const onNewGraph: (() => void)[] = [];
  viewer.onModel(() => {
    render();
    if (viewer.graph() !== graph) {
      graph = viewer.graph();
      filters.sync(viewer.index());
      timeline.sync(graph);
      for (const listener of onNewGraph) listener();
      viewer.layout().onPhase(showLayoutPhase);
      panel.refresh();
    }
  });
  viewer.layout().onPhase(showLayoutPhase);
  showLayoutPhase(viewer.layout().phase());
  render();

  const actions = requireElement("actions");
  mountIngest(actions, { reload: viewer.reload, onOpenEntity: open, settings });
  mountCopyLink(actions, state);
  mountExport(actions, viewer, settings);
  mountTable(actions, stage, { viewer, settings, onOpenEntity: open, flow });
  mountReview(actions, stage, { viewer, settings, flow });
  // The documents list and the reader above it; a mention in the reader selects its entity.
  const labelOf = (entity: string): string | undefined => (viewer.graph().hasNode(entity) ? viewer.graph().getNodeAttribute(entity, "label") : undefined);
  const documents = mountDocuments(actions, stage, { state, settings, labelOf: (entity) => labelOf(entity) ?? entity });
  onNewGraph.push(documents.refresh);
  mountReader(stage, { state, settings, labelOf, onOpenEntity: open });
  syncUrl(state, sigma, settings);
  followUrl(state, sigma);

  window.__entente = { ...viewer, settings, pngLegend: () => pngLegend(viewer) };
  document.body.dataset.ready = "true";
}

start().catch((error: unknown) => {
  console.error(error);
  const status = document.getElementById("status");
  if (status) {
    status.hidden = false;
    status.classList.add("error");
    status.textContent = `Could not load the graph: ${error instanceof Error ? error.message : String(error)}`;
  }
  document.body.dataset.ready = "error";
});
