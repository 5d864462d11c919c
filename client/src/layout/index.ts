/** ForceAtlas2 layout: seeded start positions, a fixed number of synchronous iterations. */
import forceAtlas2 from "graphology-layout-forceatlas2";
import type { EntityGraph } from "../graph";
import type { ViewerSettings } from "../settings";
import { randomForKey } from "./seeded-random";

export type Positions = Record<string, { x: number; y: number }>;

/**
 * Computes positions without touching `graph`: FA2 reads its start positions from x/y
 * attributes, so it runs on a copy seeded from each node's key.
 */
export function computeLayout(graph: EntityGraph, settings: ViewerSettings): Positions {
  const work = graph.copy();
  // A disc of radius ~sqrt(order) keeps the start density the same for any graph size.
  const radius = 10 * Math.sqrt(Math.max(1, work.order));
  work.forEachNode((node) => {
    const random = randomForKey(node, settings.layoutSeed);
    const angle = random() * 2 * Math.PI;
    const distance = radius * Math.sqrt(random());
    work.mergeNodeAttributes(node, { x: distance * Math.cos(angle), y: distance * Math.sin(angle) });
  });
  if (work.size === 0) return positionsOf(work);
  return forceAtlas2(work, {
    iterations: settings.layoutIterations,
    getEdgeWeight: "weight",
    // inferSettings picks Barnes-Hut and gravity for the graph's order; the rest are FA2 defaults.
    settings: { ...forceAtlas2.inferSettings(work), ...settings.layoutOverrides },
  });
}

/** Writes computed positions into the graph's x/y attributes, the only attributes the viewer sets. */
export function assignLayout(graph: EntityGraph, positions: Positions): void {
  graph.updateEachNodeAttributes((node, attributes) => ({ ...attributes, ...positions[node] }));
}

function positionsOf(graph: EntityGraph): Positions {
  const positions: Positions = {};
  graph.forEachNode((node, { x = 0, y = 0 }) => {
    positions[node] = { x, y };
  });
  return positions;
}
