/**
 * The layout: ForceAtlas2 in a web worker (start/stop), then a no-overlap pass, also in a worker,
 * so the page never freezes. Positions are kept in localStorage when a run ends.
 */
import forceAtlas2 from "graphology-layout-forceatlas2";
import FA2Layout from "graphology-layout-forceatlas2/worker";
import NoverlapLayout from "graphology-layout-noverlap/worker";
import type { EntityGraph } from "../graph";
import type { ViewerSettings } from "../settings";
import { positionsOf } from "./positions";
import { savePositions } from "./positions-store";

export { assignPositions, placeNodes, positionsOf, type Placement, type Positions } from "./positions";
export { loadPositions, savePositions } from "./positions-store";

export type LayoutPhase = "idle" | "forceatlas2" | "noverlap";

export interface LayoutController {
  phase(): LayoutPhase;
  /** Starts ForceAtlas2; with `durationMs` it stops by itself (then runs the no-overlap pass). */
  start(durationMs?: number): void;
  /** Stops ForceAtlas2 and runs the no-overlap pass. */
  stop(): void;
  /** Resolves when the layout is idle. */
  idle(): Promise<void>;
  /** Stops everything and releases the workers (before the graph is replaced). */
  kill(): void;
  onPhase(listener: (phase: LayoutPhase) => void): void;
}

export interface LayoutOptions {
  settings: ViewerSettings;
  /** Where positions are kept (localStorage key). */
  storageKey: string;
  /** Node radius in graph units at the initial zoom, for the no-overlap pass. */
  nodeRadius(node: string): number;
}

/** How long a run lasts when nobody stops it: longer for bigger graphs, within bounds. */
export function autoRunMs(order: number, settings: ViewerSettings): number {
  const [min, max] = settings.layoutMsRange;
  return Math.min(max, Math.max(min, order * settings.layoutMsPerNode));
}

export function createLayout(graph: EntityGraph, { settings, storageKey, nodeRadius }: LayoutOptions): LayoutController {
  let phase: LayoutPhase = "idle";
  let timer: number | undefined;
  let noverlap: NoverlapLayout | null = null;
  let waiting: (() => void)[] = [];
  const listeners: ((phase: LayoutPhase) => void)[] = [];
  const fa2 = new FA2Layout(graph, {
    getEdgeWeight: "weight",
    // inferSettings picks Barnes-Hut and gravity for the graph's order; the rest are FA2 defaults.
    settings: { ...forceAtlas2.inferSettings(graph), ...settings.layoutOverrides },
  });

  function setPhase(next: LayoutPhase): void {
    phase = next;
    for (const listener of listeners) listener(phase);
    if (phase === "idle") {
      savePositions(storageKey, positionsOf(graph));
      const resolve = waiting;
      waiting = [];
      for (const done of resolve) done();
    }
  }

  function finishNoverlap(): void {
    window.clearTimeout(timer);
    noverlap?.kill();
    noverlap = null;
    setPhase("idle");
  }

  function runNoverlap(): void {
    if (graph.order < 2) return setPhase("idle");
    setPhase("noverlap");
    noverlap = new NoverlapLayout(graph, {
      settings: settings.noverlapSettings,
      inputReducer: (node, attributes) => ({ x: attributes.x, y: attributes.y, size: nodeRadius(node) }),
      onConverged: finishNoverlap,
    });
    noverlap.start();
    timer = window.setTimeout(finishNoverlap, settings.noverlapMaxMs);
  }

  return {
    phase: () => phase,
    start(durationMs) {
      if (phase !== "idle" || graph.size === 0) return;
      setPhase("forceatlas2");
      fa2.start();
      if (durationMs !== undefined) timer = window.setTimeout(() => this.stop(), durationMs);
    },
    stop() {
      if (phase !== "forceatlas2") return;
      window.clearTimeout(timer);
      fa2.stop();
      runNoverlap();
    },
    idle: () => (phase === "idle" ? Promise.resolve() : new Promise((resolve) => waiting.push(resolve))),
    kill() {
      window.clearTimeout(timer);
      fa2.kill();
      noverlap?.kill();
      noverlap = null;
      if (phase !== "idle") setPhase("idle");
    },
    onPhase: (listener) => void listeners.push(listener),
  };
}
