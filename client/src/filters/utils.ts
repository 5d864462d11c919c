/** The filter pass: pure, over the flat arrays of a GraphIndex, so it is fast and testable. */
import type { GraphIndex } from "../graph";
import type { Filters } from "../state";
import type { Visibility } from "./types";

/**
 * Decides what `filters` hide, optionally within an ego network (`keep`: the only nodes allowed).
 *
 * A node is a candidate when its type is shown and it has enough mentions; only the first `topN`
 * candidates by `rankBy` stay (0: all). An edge is shown when it is heavy enough, associated
 * enough (NPMI) and both ends are candidates. A node's degree for `minDegree` and `hideIsolated`
 * counts those edges, so the degree read is the one on screen; a single pass is enough (removing
 * a low-degree node does not cascade, unlike a k-core), which keeps the result easy to explain.
 */
export function computeVisibility(index: GraphIndex, filters: Filters, keep: ReadonlySet<string> | null = null): Visibility {
  const n = index.nodes.length;
  const m = index.edges.length;
  const types = new Set(filters.types);
  const candidate = new Uint8Array(n);
  const limit = filters.topN > 0 ? filters.topN : n;
  let taken = 0;
  // Walk from the most relevant down, so the top N is over the nodes the other filters let through.
  for (const i of index.rankedBy[filters.rankBy]) {
    if (taken >= limit) break;
    if (!types.has(index.nodeType[i]) || index.nodeMentions[i] < filters.minMentions) continue;
    if (keep !== null && !keep.has(index.nodes[i])) continue;
    candidate[i] = 1;
    taken++;
  }
  const shownDegree = new Uint32Array(n);
  const edgeShown = new Uint8Array(m);
  for (let e = 0; e < m; e++) {
    const s = index.edgeSource[e];
    const t = index.edgeTarget[e];
    if (candidate[s] && candidate[t] && index.edgeWeight[e] >= filters.minWeight && index.edgeNpmi[e] >= filters.minNpmi) {
      edgeShown[e] = 1;
      shownDegree[s]++;
      shownDegree[t]++;
    }
  }
  const minDegree = Math.max(filters.minDegree, filters.hideIsolated ? 1 : 0);
  const hiddenNodes = new Set<string>();
  const nodeShown = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    if (candidate[i] && shownDegree[i] >= minDegree) nodeShown[i] = 1;
    else hiddenNodes.add(index.nodes[i]);
  }
  const hiddenEdges = new Set<string>();
  for (let e = 0; e < m; e++) {
    if (edgeShown[e] && nodeShown[index.edgeSource[e]] && nodeShown[index.edgeTarget[e]]) continue;
    edgeShown[e] = 0;
    hiddenEdges.add(index.edges[e]);
  }
  return {
    hiddenNodes,
    hiddenEdges,
    nodeShown,
    edgeShown,
    shownNodes: n - hiddenNodes.size,
    shownEdges: m - hiddenEdges.size,
    totalNodes: n,
    totalEdges: m,
  };
}
