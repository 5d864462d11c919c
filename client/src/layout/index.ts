/**
 * The layout: ForceAtlas2 in a web worker (start/stop), then a no-overlap pass, also in a worker,
 * so the page never freezes. Both run on the view (the shown nodes and edges), copied into a graph
 * of their own: 300 shown nodes of a 9,000-node corpus settle in seconds, where the whole graph
 * would not. Positions of the nodes a run has placed are kept in localStorage when it ends.
 */
import forceAtlas2 from "graphology-layout-forceatlas2";
import FA2Layout from "graphology-layout-forceatlas2/worker";
import NoverlapLayout from "graphology-layout-noverlap/worker";
import { viewSubgraph, type EntityGraph, type GraphIndex, type ShownItems, type ViewGraph } from "../graph";
import type { ViewerSettings } from "../settings";
import type { Positions } from "./positions";
import { savePositions } from "./positions-store";

export { assignPositions, placeNodes, positionsOf, type Placement, type Positions } from "./positions";
export { loadPositions, savePositions } from "./positions-store";

export type LayoutPhase = "idle" | "forceatlas2" | "noverlap";

export interface LayoutController {
  phase(): LayoutPhase;
  /** Starts ForceAtlas2 on the view; with `durationMs` it stops by itself (then runs the no-overlap pass). */
  start(durationMs?: number): void;
  /** Stops ForceAtlas2 and runs the no-overlap pass; `{ settle: false }` skips it (a node is being dragged). */
  stop(options?: { settle?: boolean }): void;
  /** Resolves when the layout is idle. */
  idle(): Promise<void>;
  /** Stops everything and releases the workers (before the graph is replaced). */
  kill(): void;
  onPhase(listener: (phase: LayoutPhase) => void): void;
  /** True when a layout run (now or before a reload) placed this node. */
  settled(node: string): boolean;
  /** Positions of the settled nodes: what a swapped-in graph may keep. */
  settledPositions(): Positions;
  /** Records a position the user gave (a dragged node) and keeps it. */
  pin(node: string): void;
}

export interface LayoutOptions {
  settings: ViewerSettings;
  /** Where positions are kept (localStorage key). */
  storageKey: string;
  /** Node radius in graph units at the initial zoom, for the no-overlap pass. */
  nodeRadius(node: string): number;
  index: GraphIndex;
  /** What is shown now: the nodes and edges a run lays out. */
  shown(): ShownItems;
  /** Nodes whose positions were kept from before: they count as settled. */
  settled: Iterable<string>;
}

/** How long a run lasts when nobody stops it: longer for bigger graphs, within bounds. */
export function autoRunMs(order: number, settings: ViewerSettings): number {
  const [min, max] = settings.layoutMsRange;
  return Math.min(max, Math.max(min, order * settings.layoutMsPerNode));
}

export function createLayout(graph: EntityGraph, { settings, storageKey, nodeRadius, index, shown, settled }: LayoutOptions): LayoutController {
  let phase: LayoutPhase = "idle";
  let timer: number | undefined;
  let view: ViewGraph | null = null;
  let fa2: FA2Layout | null = null;
  let noverlap: NoverlapLayout | null = null;
  let waiting: (() => void)[] = [];
  const listeners: ((phase: LayoutPhase) => void)[] = [];
  const placed = new Set(settled);

  function setPhase(next: LayoutPhase): void {
    phase = next;
    for (const listener of listeners) listener(phase);
    if (phase === "idle") {
      savePositions(storageKey, settledPositions());
      const resolve = waiting;
      waiting = [];
      for (const done of resolve) done();
    }
  }

  function settledPositions(): Positions {
    const positions: Positions = {};
    for (const node of placed) {
      if (!graph.hasNode(node)) continue;
      const { x, y } = graph.getNodeAttributes(node);
      if (Number.isFinite(x) && Number.isFinite(y)) positions[node] = { x: x!, y: y! };
    }
    return positions;
  }

  /** The workers write the view's copy; one pass copies it back, and sigma redraws once. */
  function copyBack(): void {
    const from = view;
    if (!from) return;
    graph.updateEachNodeAttributes(
      (node, attributes) => {
        if (!from.hasNode(node)) return attributes;
        const { x, y } = from.getNodeAttributes(node);
        return { ...attributes, x, y };
      },
      { attributes: ["x", "y"] },
    );
  }

  function release(): void {
    fa2?.kill();
    fa2 = null;
    noverlap?.kill();
    noverlap = null;
    view?.removeAllListeners();
    view = null;
  }

  function finish(): void {
    window.clearTimeout(timer);
    copyBack();
    view?.forEachNode((node) => placed.add(node));
    release();
    setPhase("idle");
  }

  function runNoverlap(): void {
    if (!view || view.order < 2) return finish();
    setPhase("noverlap");
    noverlap = new NoverlapLayout(view, {
      settings: settings.noverlapSettings,
      inputReducer: (node, attributes) => ({ x: attributes.x, y: attributes.y, size: nodeRadius(node) }),
      onConverged: finish,
    });
    noverlap.start();
    timer = window.setTimeout(finish, settings.noverlapMaxMs);
  }

  return {
    phase: () => phase,
    start(durationMs) {
      if (phase !== "idle") return;
      const current = viewSubgraph(index, shown(), (node) => {
        const { x, y } = graph.getNodeAttributes(node);
        return { x: x ?? 0, y: y ?? 0 };
      });
      if (current.size === 0) return;
      view = current;
      view.on("eachNodeAttributesUpdated", copyBack);
      fa2 = new FA2Layout(view, {
        getEdgeWeight: "weight",
        // inferSettings picks Barnes-Hut and gravity for the view's order; the rest are FA2 defaults.
        settings: { ...forceAtlas2.inferSettings(view), ...settings.layoutOverrides },
      });
      setPhase("forceatlas2");
      fa2.start();
      if (durationMs !== undefined) timer = window.setTimeout(() => this.stop(), durationMs);
    },
    stop({ settle = true } = {}) {
      if (phase !== "forceatlas2") return;
      window.clearTimeout(timer);
      fa2?.stop();
      if (settle) runNoverlap();
      else finish();
    },
    idle: () => (phase === "idle" ? Promise.resolve() : new Promise((resolve) => waiting.push(resolve))),
    kill() {
      window.clearTimeout(timer);
      release();
      if (phase !== "idle") setPhase("idle");
    },
    onPhase: (listener) => void listeners.push(listener),
    settled: (node) => placed.has(node),
    settledPositions,
    pin(node) {
      placed.add(node);
      if (phase === "idle") savePositions(storageKey, settledPositions());
    },
  };
}
