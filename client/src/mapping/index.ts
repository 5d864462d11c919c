/**
 * The visual mapping: node color (type or Louvain community of the view), node size (degree,
 * weighted degree or PageRank) and edge thickness (weight). Computed once per graph, view and
 * choice, never per frame; Louvain and PageRank only run when asked for, and are cached.
 */
import pagerank from "graphology-metrics/centrality/pagerank";
import { ENTITY_TYPES } from "../../../server/src/types";
import { allShown, type EntityGraph, type GraphIndex, type ShownItems } from "../graph";
import type { ViewerSettings } from "../settings";
import type { ColorBy, SizeBy } from "../state";
import type { ColorEntry, VisualMapping } from "./types";
import { communityColor, sqrtScale } from "./utils";

import { computeCommunities, type ViewCommunities } from "./communities";

export type { ColorEntry, VisualMapping } from "./types";
export type { ViewCommunities } from "./communities";
export { communityColor, rankCommunities, sqrtScale } from "./utils";

/** Human names of the size metrics, for the controls and the legend. */
export const SIZE_LABELS: Record<SizeBy, string> = { degree: "Degree", weightedDegree: "Weighted degree", pagerank: "PageRank" };
export const COLOR_LABELS: Record<ColorBy, string> = { type: "Entity type", community: "Community (Louvain)" };

/** Per-graph cache of the metrics that cost more than a pass over the index. */
export interface MetricCache {
  pagerank?: Float64Array;
  /** Communities of one view: recomputed when the shown items change. */
  communities?: { of: ShownItems; value: ViewCommunities };
}

function computePageRank(graph: EntityGraph, index: GraphIndex): Float64Array {
  const values = new Float64Array(index.nodes.length);
  if (graph.size === 0) return values;
  const scores = pagerank(graph, { getEdgeWeight: "weight" });
  index.nodes.forEach((node, i) => (values[i] = scores[node] ?? 0));
  return values;
}

/** PageRank of every node over the whole graph (cached): a node's weight in the corpus. */
export function pageRankOf(graph: EntityGraph, index: GraphIndex, cache: MetricCache): Float64Array {
  cache.pagerank ??= computePageRank(graph, index);
  return cache.pagerank;
}

/** Louvain communities of the view, named (cached per view). */
export function communitiesOf(graph: EntityGraph, index: GraphIndex, shown: ShownItems, settings: ViewerSettings, cache: MetricCache): ViewCommunities {
  if (cache.communities?.of !== shown) cache.communities = { of: shown, value: computeCommunities(graph, index, shown, settings) };
  return cache.communities.value;
}

function sizeMetric(graph: EntityGraph, index: GraphIndex, sizeBy: SizeBy, cache: MetricCache): ArrayLike<number> {
  if (sizeBy === "degree") return index.degree;
  if (sizeBy === "weightedDegree") return index.weightedDegree;
  return pageRankOf(graph, index, cache);
}

/**
 * Colors, sizes and legend entries. `shown` is the view: legend counts are of shown nodes, the
 * size scale spans the shown nodes' metric, and communities are those of the view.
 */
export function computeMapping(
  graph: EntityGraph,
  index: GraphIndex,
  settings: ViewerSettings,
  choice: { colorBy: ColorBy; sizeBy: SizeBy },
  cache: MetricCache,
  shown: ShownItems = allShown(index),
): VisualMapping {
  const n = index.nodes.length;
  const metric = sizeMetric(graph, index, choice.sizeBy, cache);
  let min = Infinity;
  let max = 0;
  for (let i = 0; i < n; i++) {
    if (!shown.nodeShown[i]) continue;
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
      count: index.nodeType.filter((t, i) => t === type && shown.nodeShown[i]).length,
    }));
  } else {
    const { rank, names, sizes } = communitiesOf(graph, index, shown, settings, cache);
    for (let i = 0; i < n; i++) nodeColor[i] = communityColor(rank[i] < 0 ? Infinity : rank[i], settings);
    const named = sizes.slice(0, settings.communityPalette.length);
    colors = named.map((count, i) => ({ label: names[i], color: communityColor(i, settings), count }));
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
    sizeDomain: [min === Infinity ? 0 : min, max],
  };
}
