/**
 * The visual mapping: node color (type or Louvain community), node size (degree, weighted degree
 * or PageRank) and edge thickness (weight). Computed once per graph and choice, never per frame;
 * Louvain and PageRank only run when chosen, and are cached for the graph.
 */
import louvain from "graphology-communities-louvain";
import pagerank from "graphology-metrics/centrality/pagerank";
import { ENTITY_TYPES } from "../../../server/src/types";
import type { EntityGraph, GraphIndex } from "../graph";
import { createRandom } from "../layout/seeded-random";
import type { ViewerSettings } from "../settings";
import type { ColorBy, SizeBy } from "../state";
import type { ColorEntry, VisualMapping } from "./types";
import { communityColor, rankCommunities, sqrtScale } from "./utils";

export type { ColorEntry, VisualMapping } from "./types";
export { communityColor, rankCommunities, sqrtScale } from "./utils";

/** Human names of the size metrics, for the controls and the legend. */
export const SIZE_LABELS: Record<SizeBy, string> = { degree: "Degree", weightedDegree: "Weighted degree", pagerank: "PageRank" };
export const COLOR_LABELS: Record<ColorBy, string> = { type: "Entity type", community: "Community (Louvain)" };

/** Per-graph cache of the metrics that cost more than a pass over the index. */
export interface MetricCache {
  pagerank?: Float64Array;
  community?: Int32Array;
}

function computePageRank(graph: EntityGraph, index: GraphIndex): Float64Array {
  const values = new Float64Array(index.nodes.length);
  if (graph.size === 0) return values;
  const scores = pagerank(graph, { getEdgeWeight: "weight" });
  index.nodes.forEach((node, i) => (values[i] = scores[node] ?? 0));
  return values;
}

function computeCommunities(graph: EntityGraph, index: GraphIndex, settings: ViewerSettings): Int32Array {
  const values = new Int32Array(index.nodes.length);
  if (graph.size === 0) return values;
  // A seeded rng: the same graph gets the same communities, so colors do not change on reload.
  const communities = louvain(graph, { getEdgeWeight: "weight", rng: createRandom(settings.layoutSeed) });
  index.nodes.forEach((node, i) => (values[i] = communities[node] ?? -1));
  return values;
}

function sizeMetric(graph: EntityGraph, index: GraphIndex, sizeBy: SizeBy, cache: MetricCache): ArrayLike<number> {
  if (sizeBy === "degree") return index.degree;
  if (sizeBy === "weightedDegree") return index.weightedDegree;
  cache.pagerank ??= computePageRank(graph, index);
  return cache.pagerank;
}

export function computeMapping(
  graph: EntityGraph,
  index: GraphIndex,
  settings: ViewerSettings,
  choice: { colorBy: ColorBy; sizeBy: SizeBy },
  cache: MetricCache,
): VisualMapping {
  const n = index.nodes.length;
  const metric = sizeMetric(graph, index, choice.sizeBy, cache);
  let min = Infinity;
  let max = 0;
  for (let i = 0; i < n; i++) {
    min = Math.min(min, metric[i]);
    max = Math.max(max, metric[i]);
  }
  const sizeOf = sqrtScale(max, settings.nodeSizeRange);
  const nodeSize = new Float64Array(n);
  for (let i = 0; i < n; i++) nodeSize[i] = sizeOf(metric[i]);

  const nodeColor: string[] = new Array(n);
  let colors: ColorEntry[];
  if (choice.colorBy === "type") {
    for (let i = 0; i < n; i++) nodeColor[i] = settings.typeColors[index.nodeType[i]];
    colors = ENTITY_TYPES.map((type) => ({
      label: settings.typeLabels[type],
      color: settings.typeColors[type],
      count: index.nodeType.filter((t) => t === type).length,
    }));
  } else {
    cache.community ??= computeCommunities(graph, index, settings);
    const { rank, sizes } = rankCommunities(cache.community);
    for (let i = 0; i < n; i++) nodeColor[i] = communityColor(rank.get(cache.community[i]) ?? Infinity, settings);
    const named = sizes.slice(0, settings.communityPalette.length);
    colors = named.map((count, i) => ({ label: `Community ${i + 1}`, color: communityColor(i, settings), count }));
    const rest = sizes.slice(named.length);
    if (rest.length > 0) {
      colors.push({
        label: `${rest.length} smaller communities`,
        color: settings.otherCommunityColor,
        count: rest.reduce((a, b) => a + b, 0),
      });
    }
  }
  return {
    ...choice,
    nodeColor,
    nodeSize,
    edgeSize: sqrtScale(index.maxWeight, settings.edgeSizeRange),
    colors,
    sizeDomain: [n ? min : 0, max],
  };
}
