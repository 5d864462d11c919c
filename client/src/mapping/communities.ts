/**
 * Louvain communities of the view, each named after its most central members in the view (the
 * two heaviest by weighted degree: "Vladimir Putin / Xi Jinping"), so the legend reads as topics.
 */
import louvain from "graphology-communities-louvain";
import { viewSubgraph, type EntityGraph, type GraphIndex, type ShownItems } from "../graph";
import { createRandom } from "../layout/seeded-random";
import type { ViewerSettings } from "../settings";
import { rankCommunities } from "./utils";

export interface ViewCommunities {
  /** Rank of each node's community (0: the largest in the view), -1 for hidden nodes. */
  rank: Int32Array;
  /** Per rank: its name and its number of shown nodes. */
  names: string[];
  sizes: number[];
}

/** How many members name a community: two names tell a topic, three no longer fit a legend row. */
const NAMING_MEMBERS = 2;

export function computeCommunities(graph: EntityGraph, index: GraphIndex, shown: ShownItems, settings: ViewerSettings): ViewCommunities {
  const n = index.nodes.length;
  const rank = new Int32Array(n).fill(-1);
  const view = viewSubgraph(index, shown);
  if (view.order === 0) return { rank, names: [], sizes: [] };
  // A seeded rng: the same view gets the same communities, so colors do not change on reload.
  const assignment = view.size > 0 ? louvain(view, { getEdgeWeight: "weight", rng: createRandom(settings.layoutSeed) }) : {};
  // Isolated nodes (no shown edge) each form their own community; louvain leaves them out when edgeless.
  const raw: number[] = [];
  const positions: number[] = [];
  let lone = -1;
  view.forEachNode((node) => {
    positions.push(index.nodePosition.get(node)!);
    raw.push(assignment[node] ?? lone--);
  });
  const ranked = rankCommunities(raw);
  // Weighted degree within the view: centrality in what is on screen, not in the hidden hairball.
  const strength = new Float64Array(n);
  for (let e = 0; e < index.edges.length; e++) {
    if (!shown.edgeShown[e]) continue;
    strength[index.edgeSource[e]] += index.edgeWeight[e];
    strength[index.edgeTarget[e]] += index.edgeWeight[e];
  }
  const members: number[][] = ranked.sizes.map(() => []);
  positions.forEach((position, i) => {
    const r = ranked.rank.get(raw[i])!;
    rank[position] = r;
    members[r].push(position);
  });
  const names = members.map((list) =>
    list
      .sort((a, b) => strength[b] - strength[a] || index.nodeDocuments[b] - index.nodeDocuments[a])
      .slice(0, NAMING_MEMBERS)
      .map((position) => graph.getNodeAttribute(index.nodes[position], "label"))
      .join(" / "),
  );
  return { rank, names, sizes: ranked.sizes };
}
