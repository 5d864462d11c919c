/**
 * The benchmark's floor: sigma with default settings on the same /api/graph payload, plus the
 * minimum a filter needs (a reducer hiding low-degree nodes and their edges). With `?fa2=N` (the
 * BBC row) the nodes start on a spiral and graphology's ForceAtlas2 worker runs N iterations; the
 * first frame drawn after them is the settled view. Bench-only page.
 */
import Graph from "graphology";
import forceAtlas2 from "graphology-layout-forceatlas2";
import FA2Layout from "graphology-layout-forceatlas2/worker";
import type { SerializedGraph } from "graphology-types";
import Sigma from "sigma";

declare global {
  interface Window {
    __bare?: { sigma: Sigma; setMinDegree(value: number): void };
  }
}

/** Start positions for a payload without any: a spiral, the same on every load. */
function placeOnSpiral(graph: Graph): void {
  let i = 0;
  graph.forEachNode((node) => {
    const angle = i * 2.4;
    const radius = 10 * Math.sqrt(++i);
    graph.mergeNodeAttributes(node, { x: radius * Math.cos(angle), y: radius * Math.sin(angle) });
  });
}

/** Runs `iterations` of the ForceAtlas2 worker, then marks the first frame drawn with their positions. */
function settle(graph: Graph, sigma: Sigma, iterations: number): void {
  const layout = new FA2Layout(graph, { settings: forceAtlas2.inferSettings(graph), getEdgeWeight: "weight" });
  let done = 0;
  // The worker's supervisor writes the positions back once per iteration.
  graph.on("eachNodeAttributesUpdated", () => {
    if (++done !== iterations) return;
    // stop(), not kill(): the supervisor still writes to its buffers after this event.
    layout.stop();
    sigma.once("afterRender", () => {
      layout.kill();
      performance.mark("entente:settled");
      document.body.dataset.labels = String(sigma.getNodeDisplayedLabels().size);
      document.body.dataset.settled = "true";
    });
  });
  layout.start();
}

async function start(): Promise<void> {
  const iterations = Number(new URLSearchParams(location.search).get("fa2") ?? 0);
  const payload = (await (await fetch("/api/graph")).json()) as SerializedGraph;
  const graph = new Graph({ type: "undirected" });
  graph.import({ ...payload, options: { type: "undirected" } } as SerializedGraph);
  if (iterations > 0) placeOnSpiral(graph);
  let minDegree = 0;
  const sigma = new Sigma(graph, document.getElementById("graph")!, {
    // The BBC row compares labelled views: at sigma's default node size, its default threshold
    // (6 px) labels no node of the laid-out 300; the label grid still keeps labels apart.
    settings: iterations > 0 ? { labelRenderedSizeThreshold: 0 } : {},
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
  if (iterations > 0) settle(graph, sigma, iterations);
}

void start();
