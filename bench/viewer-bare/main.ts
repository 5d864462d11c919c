/**
 * The benchmark's floor: sigma with default settings on the same /api/graph payload, plus the
 * minimum a filter needs (a reducer hiding low-degree nodes and their edges). Bench-only page.
 */
import Graph from "graphology";
import type { SerializedGraph } from "graphology-types";
import Sigma from "sigma";

declare global {
  interface Window {
    __bare?: { sigma: Sigma; setMinDegree(value: number): void };
  }
}

async function start(): Promise<void> {
  const payload = (await (await fetch("/api/graph")).json()) as SerializedGraph;
  const graph = new Graph({ type: "undirected" });
  graph.import({ ...payload, options: { type: "undirected" } } as SerializedGraph);
  let minDegree = 0;
  const sigma = new Sigma(graph, document.getElementById("graph")!, {
    nodeReducer: (node, data) => (minDegree > 0 && graph.degree(node) < minDegree ? { ...data, visibility: "hidden" } : data),
    edgeReducer: (edge, data) => {
      if (minDegree === 0) return data;
      const [source, target] = graph.extremities(edge);
      return graph.degree(source) < minDegree || graph.degree(target) < minDegree ? { ...data, visibility: "hidden" } : data;
    },
  });
  performance.mark("entente:first-render");
  window.__bare = {
    sigma,
    setMinDegree(value) {
      minDegree = value;
      sigma.refresh();
    },
  };
  document.body.dataset.ready = "true";
}

void start();
