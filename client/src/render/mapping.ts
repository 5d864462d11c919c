/** Visual mapping computed once per graph: node size from degree, edge thickness from weight. */
import type { EntityGraph } from "../graph";
import type { ViewerSettings } from "../settings";

export interface VisualMapping {
  nodeSize(node: string): number;
  edgeSize(weight: number): number;
}

/**
 * Square-root scales: area, not radius, should grow with degree, and one hub (a country in
 * every article) must not flatten everyone else to the minimum.
 */
function sqrtScale(maxValue: number, [min, max]: [number, number]): (value: number) => number {
  const top = Math.sqrt(Math.max(1, maxValue));
  return (value) => min + (max - min) * Math.min(1, Math.sqrt(Math.max(0, value)) / top);
}

export function computeMapping(graph: EntityGraph, settings: ViewerSettings): VisualMapping {
  const degrees = new Map<string, number>();
  let maxDegree = 0;
  graph.forEachNode((node) => {
    const degree = graph.degree(node);
    degrees.set(node, degree);
    maxDegree = Math.max(maxDegree, degree);
  });
  let maxWeight = 0;
  graph.forEachEdge((_edge, { weight }) => {
    maxWeight = Math.max(maxWeight, weight);
  });
  const sizeOfDegree = sqrtScale(maxDegree, settings.nodeSizeRange);
  const sizeOfWeight = sqrtScale(maxWeight, settings.edgeSizeRange);
  return {
    nodeSize: (node) => sizeOfDegree(degrees.get(node) ?? 0),
    edgeSize: (weight) => sizeOfWeight(weight),
  };
}
