/**
 * The viewer's display state, kept apart from graph data: which entity is selected, its
 * neighbors, and which edge's evidence is open. Renderers and panels subscribe to it.
 */
import type { EntityGraph } from "../graph";

export interface ViewerSnapshot {
  /** The selected entity's node id, or null. */
  selected: string | null;
  /** The selected entity's neighbors in the graph (empty without a selection). */
  neighbors: ReadonlySet<string>;
  /** The neighbor whose edge evidence is shown in the panel, or null. */
  evidenceWith: string | null;
}

export interface ViewerState {
  get(): ViewerSnapshot;
  /** Selects an entity (null clears); unknown ids clear too, as there is nothing to show. */
  select(node: string | null): void;
  /** Opens the evidence of the edge between the selection and `neighbor` (null closes it). */
  showEvidence(neighbor: string | null): void;
  /** Calls `listener` after every change; returns the unsubscribe function. */
  subscribe(listener: (snapshot: ViewerSnapshot) => void): () => void;
}

const EMPTY: ViewerSnapshot = { selected: null, neighbors: new Set(), evidenceWith: null };

/** Creates the state for one graph; neighbors come from that graph so highlighting needs no request. */
export function createViewerState(graph: EntityGraph): ViewerState {
  let snapshot = EMPTY;
  const listeners = new Set<(snapshot: ViewerSnapshot) => void>();

  function update(next: ViewerSnapshot): void {
    snapshot = next;
    for (const listener of listeners) listener(snapshot);
  }

  return {
    get: () => snapshot,
    select(node) {
      if (node === null || !graph.hasNode(node)) return update(EMPTY);
      if (node === snapshot.selected && snapshot.evidenceWith === null) return;
      update({ selected: node, neighbors: new Set(graph.neighbors(node)), evidenceWith: null });
    },
    showEvidence(neighbor) {
      if (snapshot.selected === null) return;
      if (neighbor !== null && !snapshot.neighbors.has(neighbor)) return;
      update({ ...snapshot, evidenceWith: neighbor });
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
