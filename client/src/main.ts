/** Viewer entry point: load the graph, lay it out, draw it, and wire search, panel, legend and export. */
import type { EntitySummary } from "../../server/src/types";
import { fetchGraph } from "./api";
import { requireElement } from "./dom";
import { mountExport } from "./export";
import { buildGraph, type EntityGraph } from "./graph";
import { assignLayout, computeLayout } from "./layout";
import { applyTypeColors, mountLegend } from "./legend";
import { mountPanel } from "./panel";
import { createRenderer, focusNode, type EntitySigma } from "./render";
import { mountSearch } from "./search";
import { resolveSettings } from "./settings";
import { createViewerState, type ViewerState } from "./state";

/** What end-to-end tests read to check the display state; not an API for anything else. */
export interface EntenteTestHook {
  sigma: EntitySigma;
  graph: EntityGraph;
  state: ViewerState;
}

declare global {
  interface Window {
    __entente?: EntenteTestHook;
  }
}

/** Pixels of the graph's right side hidden by the panel (0 when the panel sits elsewhere, e.g. on phones). */
function coveredOnTheRight(panel: HTMLElement, graph: HTMLElement): number {
  if (panel.hidden) return 0;
  const panelBox = panel.getBoundingClientRect();
  const graphBox = graph.getBoundingClientRect();
  if (panelBox.left < graphBox.left + graphBox.width / 3) return 0;
  return Math.max(0, graphBox.right - panelBox.left);
}

async function start(): Promise<void> {
  const settings = resolveSettings();
  const status = requireElement("status");
  applyTypeColors(document.documentElement, settings);
  mountExport(requireElement("actions"));

  const graph = buildGraph(await fetchGraph());
  assignLayout(graph, computeLayout(graph, settings));
  mountLegend(requireElement("legend"), graph, settings);

  const state = createViewerState(graph);
  const graphContainer = requireElement("graph");
  const sigma = createRenderer(graph, graphContainer, state, settings);

  const panel = requireElement("panel");
  mountPanel(panel, { state, settings, onOpenEntity: (entity) => open(entity) });
  // Selecting shows the panel at once, so its width is known when the camera moves.
  const open = (entity: string): void => {
    state.select(entity);
    const insetRight = coveredOnTheRight(panel, graphContainer);
    void focusNode(sigma, entity, settings, { insetRight, include: state.get().neighbors });
  };
  mountSearch(requireElement("search"), { settings, onPick: (entity: EntitySummary) => open(entity.id) });

  status.hidden = graph.order > 0;
  status.textContent = graph.order > 0 ? "" : "The graph is empty: no entities were found in the input documents.";
  window.__entente = { sigma, graph, state };
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
