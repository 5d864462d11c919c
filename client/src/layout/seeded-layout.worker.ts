/**
 * A fixed number of ForceAtlas2 iterations, then the no-overlap pass, in a worker of our own:
 * graphology's FA2 worker runs one iteration per message, paced by a busy main thread (400
 * iterations took 40 s on a loaded 2-core machine); here they run back to back, and the same input
 * always gives the same positions. Progress is posted every `chunk` iterations for the screen.
 */
import Graph from "graphology";
import forceAtlas2, { type ForceAtlas2Settings } from "graphology-layout-forceatlas2";
import noverlap, { type NoverlapSettings } from "graphology-layout-noverlap";
import type { SeededLayoutReply, SeededLayoutRequest } from "./seeded-layout";

const scope = self as unknown as Worker;

scope.addEventListener("message", (event: MessageEvent<SeededLayoutRequest>) => {
  const { nodes, edges, iterations, chunk, settings, noverlapSettings, noverlapIterations } = event.data;
  const graph = new Graph<{ x: number; y: number; size: number }, { weight: number }>({ type: "undirected" });
  for (const [key, x, y, size] of nodes) graph.addNode(key, { x, y, size });
  for (const [source, target, weight] of edges) graph.addEdge(source, target, { weight });
  const positions = (): [number, number][] => graph.mapNodes((_node, { x, y }) => [x, y]);
  for (let done = 0; done < iterations; done += chunk) {
    forceAtlas2.assign(graph, { iterations: Math.min(chunk, iterations - done), getEdgeWeight: "weight", settings: settings as ForceAtlas2Settings });
    scope.postMessage({ positions: positions(), phase: done + chunk < iterations ? "forceatlas2" : "noverlap" } satisfies SeededLayoutReply);
  }
  noverlap.assign(graph, { maxIterations: noverlapIterations, settings: noverlapSettings as NoverlapSettings });
  scope.postMessage({ positions: positions(), phase: "idle" } satisfies SeededLayoutReply);
});
