/**
 * The viewer's display state, kept apart from graph data: selection, hover, filters, mapping,
 * path, date range and camera. Renderers, panels and the URL subscribe to it.
 */
import type { ViewerSnapshot, ViewState } from "./types";
import { DEFAULT_VIEW } from "./utils";

export type { CameraView, ColorBy, DateRange, DocumentsView, Filters, RankBy, ReaderView, SizeBy, ViewerSnapshot, ViewState } from "./types";
export { COLOR_BY, RANK_BY, SIZE_BY } from "./types";
export { ALL_FILTERS, DEFAULT_FILTERS, DEFAULT_VIEW, sameFilters } from "./utils";

/** Names of the snapshot's fields that changed in one update. */
export type Changes = ReadonlySet<keyof ViewerSnapshot>;

export interface ViewerState {
  get(): ViewerSnapshot;
  /** Merges `patch`; listeners hear which fields changed (nothing changed, nothing heard). */
  update(patch: Partial<ViewerSnapshot>): void;
  /** Selects an entity (null clears), closing its evidence and any path. */
  select(node: string | null): void;
  /** Opens the evidence of the edge between the selection and `neighbor` (null closes it). */
  showEvidence(neighbor: string | null): void;
  /** Calls `listener` after every change; returns the unsubscribe function. */
  subscribe(listener: (snapshot: ViewerSnapshot, changes: Changes) => void): () => void;
}

/** Creates the state, starting from `initial` (a deep link) over the defaults. */
export function createViewerState(initial: Partial<ViewState> = {}): ViewerState {
  let snapshot: ViewerSnapshot = { ...DEFAULT_VIEW, ...initial, hovered: null };
  const listeners = new Set<(snapshot: ViewerSnapshot, changes: Changes) => void>();

  function update(patch: Partial<ViewerSnapshot>): void {
    const changes = new Set<keyof ViewerSnapshot>();
    for (const key of Object.keys(patch) as (keyof ViewerSnapshot)[]) {
      if (patch[key] !== snapshot[key]) changes.add(key);
    }
    if (changes.size === 0) return;
    snapshot = { ...snapshot, ...patch };
    for (const listener of listeners) listener(snapshot, changes);
  }

  return {
    get: () => snapshot,
    update,
    select(node) {
      if (node === snapshot.selected && snapshot.evidenceWith === null && snapshot.path === null) return;
      update({ selected: node, evidenceWith: null, path: null, ego: node === null ? false : snapshot.ego });
    },
    showEvidence(neighbor) {
      if (snapshot.selected === null) return;
      update({ evidenceWith: neighbor });
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
