/**
 * The layout: ForceAtlas2 in a web worker (start/stop), then a no-overlap pass, also in a worker,
 * so the page never freezes; automatic runs take a fixed number of iterations in a worker of our
 * own (seeded-layout.worker.ts), so the same view gives the same picture in every browser. Both run on the view (the shown nodes and edges), copied into a graph
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
import { createSeededLayoutWorker, type SeededLayoutReply } from "./seeded-layout";

export { assignPositions, placeNodes, positionsOf, type Placement, type Positions } from "./positions";
export { loadPositions, savePositions } from "./positions-store";

export type LayoutPhase = "idle" | "forceatlas2" | "noverlap";

export interface LayoutController {
  phase(): LayoutPhase;
  /** Starts ForceAtlas2 on the view; with `durationMs` it stops by itself (then runs the no-overlap pass). */
  start(durationMs?: number): void;
  /**
   * Runs exactly `iterations` ForceAtlas2 iterations on the view, then the no-overlap pass: from
   * the same (seeded) start positions every browser gets the same picture, where a timed run
   * depends on how fast the machine is.
   */
  run(iterations: number): void;
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

export function createLayout(graph: EntityGraph, { settings, storageKey, nodeRadius, index, shown, settled }: LayoutOptions): LayoutController {
  let phase: LayoutPhase = "idle";
  let timer: number | undefined;
  let view: ViewGraph | null = null;
  let fa2: FA2Layout | null = null;
  let noverlap: NoverlapLayout | null = null;
  let seeded: Worker | null = null;
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

  /**
   * The workers write the view's copy at every iteration; copying it back once per animation
   * frame is all the screen can show, and spares the main thread (which paces the worker: one
   * iteration per message) a pass over the whole graph and a redraw per iteration.
   */
  let copyFrame = 0;
  function scheduleCopy(): void {
    if (copyFrame === 0) copyFrame = requestAnimationFrame(copyBack);
  }
  function copyBack(): void {
    cancelAnimationFrame(copyFrame);
    copyFrame = 0;
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
    seeded?.terminate();
    seeded = null;
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

  function begin(): boolean {
    if (phase !== "idle") return false;
    const current = viewSubgraph(index, shown(), (node) => {
      const { x, y } = graph.getNodeAttributes(node);
      return { x: x ?? 0, y: y ?? 0 };
    });
    if (current.size === 0) return false;
    view = current;
    view.on("eachNodeAttributesUpdated", scheduleCopy);
    fa2 = new FA2Layout(view, {
      getEdgeWeight: "weight",
      // inferSettings picks Barnes-Hut and gravity for the view's order; the rest are FA2 defaults.
      settings: { ...forceAtlas2.inferSettings(view), ...settings.layoutOverrides },
    });
    setPhase("forceatlas2");
    fa2.start();
    return true;
  }

  const controller: LayoutController = {
    phase: () => phase,
    start(durationMs) {
      if (begin() && durationMs !== undefined) timer = window.setTimeout(() => controller.stop(), durationMs);
    },
    run(iterations) {
      if (phase !== "idle") return;
      const current = viewSubgraph(index, shown(), (node) => {
        const { x, y } = graph.getNodeAttributes(node);
        return { x: x ?? 0, y: y ?? 0 };
      });
      if (current.order === 0) return;
      view = current;
      const order = view.mapNodes((node) => node);
      const worker = (seeded = createSeededLayoutWorker());
      worker.addEventListener("message", (event: MessageEvent<SeededLayoutReply>) => {
        if (seeded !== worker || !view) return;
        const { positions, phase: next } = event.data;
        order.forEach((node, i) => view!.mergeNodeAttributes(node, { x: positions[i][0], y: positions[i][1] }));
        scheduleCopy();
        if (next === "idle") finish();
        else if (next !== phase) setPhase(next);
      });
      worker.addEventListener("error", (event) => {
        console.error("layout: the seeded layout worker failed", event.message);
        finish();
      });
      setPhase("forceatlas2");
      worker.postMessage({
        nodes: view.mapNodes((node, { x, y }) => [node, x, y, nodeRadius(node)]),
        edges: view.mapEdges((_edge, { weight }, source, target) => [source, target, weight]),
        iterations,
        chunk: settings.layoutChunk,
        settings: { ...forceAtlas2.inferSettings(view), ...settings.layoutOverrides },
        noverlapSettings: settings.noverlapSettings,
        noverlapIterations: settings.noverlapIterations,
      });
    },
    stop({ settle = true } = {}) {
      // A seeded run stopped early keeps what it has: its worker is not paced, so it is nearly done.
      if (seeded !== null) return finish();
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
  return controller;
}
