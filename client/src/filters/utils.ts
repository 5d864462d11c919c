/** The filter pass: pure, over the flat arrays of a GraphIndex, so it is fast and testable. */
import type { GraphIndex } from "../graph";
import type { Filters } from "../state";
import type { Visibility } from "./types";

/**
 * Decides what `filters` hide, optionally within an ego network (`keep`: the only nodes allowed).
 *
 * An edge is shown when it is heavy enough and both ends have a shown type. A node's degree for
 * `minDegree` and `hideIsolated` counts those edges, so the degree read is the one on screen; a
 * single pass is enough (removing a low-degree node does not cascade, unlike a k-core), which
 * keeps the result easy to explain in the legend.
 */
export function computeVisibility(index: GraphIndex, filters: Filters, keep: ReadonlySet<string> | null = null): Visibility {
  const n = index.nodes.length;
  const m = index.edges.length;
  const types = new Set(filters.types);
  const typeOk = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    typeOk[i] = types.has(index.nodeType[i]) && (keep === null || keep.has(index.nodes[i])) ? 1 : 0;
  }
  const shownDegree = new Uint32Array(n);
  const edgeOk = new Uint8Array(m);
  for (let e = 0; e < m; e++) {
    const s = index.edgeSource[e];
    const t = index.edgeTarget[e];
    if (index.edgeWeight[e] >= filters.minWeight && typeOk[s] && typeOk[t]) {
      edgeOk[e] = 1;
      shownDegree[s]++;
      shownDegree[t]++;
    }
  }
  const minDegree = Math.max(filters.minDegree, filters.hideIsolated ? 1 : 0);
  const hiddenNodes = new Set<string>();
  const nodeShown = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    if (typeOk[i] && shownDegree[i] >= minDegree) nodeShown[i] = 1;
    else hiddenNodes.add(index.nodes[i]);
  }
  const hiddenEdges = new Set<string>();
  for (let e = 0; e < m; e++) {
    if (!(edgeOk[e] && nodeShown[index.edgeSource[e]] && nodeShown[index.edgeTarget[e]])) hiddenEdges.add(index.edges[e]);
  }
  return {
    hiddenNodes,
    hiddenEdges,
    shownNodes: n - hiddenNodes.size,
    shownEdges: m - hiddenEdges.size,
    totalNodes: n,
    totalEdges: m,
  };
}
