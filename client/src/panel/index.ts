/**
 * The side panel: follows the viewer state, showing a path when one is asked, else the evidence
 * of an edge, else the selected entity with its neighbors and tools. Stale answers are dropped.
 */
import type { EntityType, PathResponse } from "../../../server/src/types";
import { fetchEvidence } from "../api";
import { fetchNeighborsBy, type NeighborSort } from "../api/neighbors";
import { renderCuration } from "../curation";
import { h } from "../dom";
import { mountSearch } from "../search";
import type { ViewerSettings } from "../settings";
import type { ViewerSnapshot, ViewerState } from "../state";
import { renderEntityView } from "./entity-view";
import { renderEvidenceView } from "./evidence-view";
import { renderPathView } from "./path-view";

export interface PanelOptions {
  state: ViewerState;
  settings: ViewerSettings;
  /** Selects and brings an entity into view. */
  onOpenEntity(entity: string): void;
  /** Brings an entity into view without changing the panel. */
  onCenter(entity: string): void;
  /** The current path answer (null while loading). */
  path(): PathResponse | null;
  /** Reloads the graph after a curation decision. */
  reload(): Promise<void>;
  /** Tells of a decision (the toast with Undo). */
  onDecision?(message: string, undoable: boolean): void;
}

export interface Panel {
  /** Renders again what is shown (after the graph changed or a path arrived). */
  refresh(): void;
}

type Shown = Pick<ViewerSnapshot, "selected" | "evidenceWith" | "path" | "ego">;

export function mountPanel(panel: HTMLElement, options: PanelOptions): Panel {
  const { state, settings } = options;
  let pending: AbortController | null = null;
  let shown: Shown | null = null;
  let neighborType: EntityType | null = null;
  let neighborSort: NeighborSort = "weight";
  let neighborLimit = settings.neighborsLimit;
  let notice: HTMLElement | null = null;

  /** Opens the article reader on an evidence sentence. */
  function read(document: string, sentence: number): void {
    state.update({ reader: { document, sentence } });
  }

  function message(text: string, className = "muted"): void {
    panel.replaceChildren(h("p", { className: `panel-message ${className}`, text }));
  }

  function pathPicker(from: string): HTMLElement {
    const box = h("div", { className: "search path-search" });
    mountSearch(box, {
      settings,
      id: "path-search",
      label: "Shortest path to",
      placeholder: "Shortest path to… (search)",
      exclude: () => new Set([from]),
      onPick: (to) => state.update({ path: { from, to: to.id }, evidenceWith: null }),
    });
    return box;
  }

  async function load(snapshot: ViewerSnapshot, signal: AbortSignal): Promise<HTMLElement | null> {
    const { selected, evidenceWith, path } = snapshot;
    if (path !== null) {
      const answer = options.path();
      if (answer === null || answer.from !== path.from || answer.to !== path.to) return h("p", { className: "panel-message muted", text: "Finding the path…" });
      return renderPathView(answer, settings, {
        onClose: () => state.update({ path: null }),
        onOpen: (entity) => options.onOpenEntity(entity),
        onRead: read,
      });
    }
    if (selected === null) return null;
    if (evidenceWith === null) {
      const response = await fetchNeighborsBy(selected, { limit: neighborLimit, type: neighborType, sort: neighborSort }, signal);
      const curation = renderCuration(response.entity, settings, {
        onDone: async (entity, text, undoable) => {
          notice = h("p", { className: "panel-notice", text, attrs: { role: "status" } });
          await options.reload();
          options.onDecision?.(text, undoable);
          if (entity !== null) options.onOpenEntity(entity);
          else state.select(null);
          refresh();
        },
        onError: (text) => {
          notice = h("p", { className: "panel-notice error", text, attrs: { role: "alert" } });
          refresh();
        },
      });
      const extras = [pathPicker(selected), curation];
      if (notice) extras.unshift(notice);
      notice = null;
      return renderEntityView(
        response,
        settings,
        {
          onNeighbor: (neighbor) => state.showEvidence(neighbor),
          onCenter: (entity) => (entity === selected ? options.onCenter(entity) : options.onOpenEntity(entity)),
          onClose: () => state.select(null),
          onNeighborType: (type) => {
            neighborType = type;
            neighborLimit = settings.neighborsLimit;
            refresh();
          },
          onNeighborSort: (sort) => {
            neighborSort = sort;
            refresh();
          },
          onMoreNeighbors: () => {
            neighborLimit += settings.neighborsLimit;
            refresh();
          },
          onEgo: (ego) => state.update({ ego }),
          onDocuments: (entity) => state.update({ documents: { entity } }),
        },
        { neighborType, neighborSort, ego: snapshot.ego, extras },
      );
    }
    const response = await fetchEvidence(selected, evidenceWith, signal);
    return renderEvidenceView(response, selected, settings, {
      onBack: () => state.showEvidence(null),
      onSelect: options.onOpenEntity,
      onRead: read,
      onDocuments: (entity, neighbor) => state.update({ documents: { entity, neighbor } }),
    });
  }

  async function render(snapshot: ViewerSnapshot): Promise<void> {
    shown = { selected: snapshot.selected, evidenceWith: snapshot.evidenceWith, path: snapshot.path, ego: snapshot.ego };
    pending?.abort();
    if (snapshot.selected === null && snapshot.path === null) {
      panel.hidden = true;
      panel.replaceChildren();
      delete panel.dataset.state;
      return;
    }
    const controller = (pending = new AbortController());
    const focusInside = panel.contains(document.activeElement);
    panel.hidden = false;
    panel.dataset.state = "loading";
    if (panel.childElementCount === 0) message("Loading…");
    try {
      const view = await load(snapshot, controller.signal);
      if (controller.signal.aborted || !view) return;
      panel.replaceChildren(view);
      panel.scrollTop = 0;
      panel.dataset.state = snapshot.path !== null ? (options.path() ? "path" : "loading") : snapshot.evidenceWith === null ? "entity" : "evidence";
      // Keyboard users keep their place: focus moves to the new view's heading or first control.
      if (focusInside) (panel.querySelector<HTMLElement>("button, [href], input") ?? panel).focus();
    } catch (error) {
      if (controller.signal.aborted) return;
      console.error(error);
      panel.dataset.state = "error";
      message(`Could not load: ${error instanceof Error ? error.message : String(error)}`, "error");
    }
  }

  function refresh(): void {
    void render(state.get());
  }

  state.subscribe((snapshot) => {
    if (
      shown !== null &&
      snapshot.selected === shown.selected &&
      snapshot.evidenceWith === shown.evidenceWith &&
      snapshot.path === shown.path &&
      snapshot.ego === shown.ego
    ) {
      return;
    }
    if (snapshot.selected !== shown?.selected) {
      neighborType = null;
      neighborSort = "weight";
      neighborLimit = settings.neighborsLimit;
    }
    void render(snapshot);
  });
  document.addEventListener("keydown", (event) => {
    if (event.key !== "Escape" || panel.hidden || event.target instanceof HTMLInputElement) return;
    if (state.get().path !== null) state.update({ path: null });
    else if (state.get().evidenceWith !== null) state.showEvidence(null);
    else state.select(null);
  });
  if (state.get().selected !== null || state.get().path !== null) refresh();
  return { refresh };
}
