/**
 * The side panel: follows the viewer state, loading an entity's neighbors when it is selected
 * and an edge's evidence when a neighbor is picked. Stale answers are dropped.
 */
import { fetchEvidence, fetchNeighbors } from "../api";
import { h } from "../dom";
import type { ViewerSettings } from "../settings";
import type { ViewerSnapshot, ViewerState } from "../state";
import { renderEntityView } from "./entity-view";
import { renderEvidenceView } from "./evidence-view";

export interface PanelOptions {
  state: ViewerState;
  settings: ViewerSettings;
  /** Selects and brings an entity into view (the evidence view's "Open" button). */
  onOpenEntity(entity: string): void;
}

export function mountPanel(panel: HTMLElement, { state, settings, onOpenEntity }: PanelOptions): void {
  let pending: AbortController | null = null;
  let shown: Pick<ViewerSnapshot, "selected" | "evidenceWith"> = { selected: null, evidenceWith: null };

  function message(text: string, className = "muted"): void {
    panel.replaceChildren(h("p", { className: `panel-message ${className}`, text }));
  }

  async function load(snapshot: ViewerSnapshot, signal: AbortSignal): Promise<HTMLElement | null> {
    const { selected, evidenceWith } = snapshot;
    if (selected === null) return null;
    if (evidenceWith === null) {
      const response = await fetchNeighbors(selected, settings.neighborsLimit, signal);
      return renderEntityView(response, settings, {
        onNeighbor: (neighbor) => state.showEvidence(neighbor),
        onClose: () => state.select(null),
      });
    }
    const response = await fetchEvidence(selected, evidenceWith, signal);
    return renderEvidenceView(response, selected, settings, {
      onBack: () => state.showEvidence(null),
      onSelect: onOpenEntity,
    });
  }

  async function update(snapshot: ViewerSnapshot): Promise<void> {
    if (snapshot.selected === shown.selected && snapshot.evidenceWith === shown.evidenceWith) return;
    shown = { selected: snapshot.selected, evidenceWith: snapshot.evidenceWith };
    pending?.abort();
    if (snapshot.selected === null) {
      panel.hidden = true;
      panel.replaceChildren();
      return;
    }
    const controller = (pending = new AbortController());
    panel.hidden = false;
    panel.dataset.state = "loading";
    message("Loading…");
    try {
      const view = await load(snapshot, controller.signal);
      if (controller.signal.aborted || !view) return;
      panel.replaceChildren(view);
      panel.scrollTop = 0;
      panel.dataset.state = snapshot.evidenceWith === null ? "entity" : "evidence";
    } catch (error) {
      if (controller.signal.aborted) return;
      console.error(error);
      panel.dataset.state = "error";
      message(`Could not load: ${error instanceof Error ? error.message : String(error)}`, "error");
    }
  }

  state.subscribe((snapshot) => void update(snapshot));
  document.addEventListener("keydown", (event) => {
    if (event.key === "Escape" && !panel.hidden && !(event.target instanceof HTMLInputElement)) state.select(null);
  });
}
