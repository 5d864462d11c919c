/** The messages of the seeded layout worker (seeded-layout.worker.ts), and how to start one. */
import type { ForceAtlas2Settings } from "graphology-layout-forceatlas2";
import type { NoverlapSettings } from "graphology-layout-noverlap";

export interface SeededLayoutRequest {
  /** key, x, y and radius (graph units) of each node, in the view's order. */
  nodes: [string, number, number, number][];
  edges: [string, string, number][];
  iterations: number;
  /** Iterations between two progress messages. */
  chunk: number;
  settings: ForceAtlas2Settings;
  noverlapSettings: NoverlapSettings;
  noverlapIterations: number;
}

export interface SeededLayoutReply {
  /** x, y per node, in the request's order. */
  positions: [number, number][];
  /** What runs after this message: more ForceAtlas2, the no-overlap pass, or nothing. */
  phase: "forceatlas2" | "noverlap" | "idle";
}

export function createSeededLayoutWorker(): Worker {
  return new Worker(new URL("./seeded-layout.worker.ts", import.meta.url), { type: "module" });
}
