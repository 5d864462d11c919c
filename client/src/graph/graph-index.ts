/**
 * Per-node and per-edge numbers computed once per graph, in flat arrays, so filters and the
 * visual mapping never walk graphology's adjacency again (a 50k-edge filter pass is ~1 ms).
 */
import type { EntityType } from "../../../server/src/types";
import type { RankBy } from "../state";
import type { EntityGraph } from "./build-graph";

export interface GraphIndex {
  /** Node keys in graph order; every array below of node length follows it. */
  nodes: string[];
  /** Node key -> position in `nodes`. */
  nodePosition: Map<string, number>;
  nodeType: EntityType[];
  nodeMentions: Uint32Array;
  nodeDocuments: Uint32Array;
  /**
   * Node positions from the most relevant down, by documents (then mentions) and by mentions
   * (then documents); ties by key, so the same graph always gives the same top N.
   */
  rankedBy: Record<RankBy, Uint32Array>;
  degree: Uint32Array;
  /** Sum of the weights of a node's edges (shared sentences with anyone). */
  weightedDegree: Float64Array;
  edges: string[];
  edgeSource: Uint32Array;
  edgeTarget: Uint32Array;
  edgeWeight: Float64Array;
  edgeNpmi: Float64Array;
  maxDegree: number;
  maxWeight: number;
  maxWeightedDegree: number;
}

export function indexGraph(graph: EntityGraph): GraphIndex {
  const nodes: string[] = [];
  const nodePosition = new Map<string, number>();
  const nodeType: EntityType[] = [];
  const nodeMentions = new Uint32Array(graph.order);
  const nodeDocuments = new Uint32Array(graph.order);
  graph.forEachNode((node, { type, mentions, documents }) => {
    nodeMentions[nodes.length] = mentions;
    nodeDocuments[nodes.length] = documents;
    nodePosition.set(node, nodes.length);
    nodes.push(node);
    nodeType.push(type);
  });
  const rank = (first: Uint32Array, second: Uint32Array): Uint32Array =>
    Uint32Array.from(nodes.keys()).sort((a, b) => second[b] - second[a] || first[b] - first[a] || (nodes[a] < nodes[b] ? -1 : 1));
  const rankedBy: Record<RankBy, Uint32Array> = { documents: rank(nodeMentions, nodeDocuments), mentions: rank(nodeDocuments, nodeMentions) };
  const degree = new Uint32Array(nodes.length);
  const weightedDegree = new Float64Array(nodes.length);
  const edges: string[] = [];
  const edgeSource = new Uint32Array(graph.size);
  const edgeTarget = new Uint32Array(graph.size);
  const edgeWeight = new Float64Array(graph.size);
  const edgeNpmi = new Float64Array(graph.size);
  let maxWeight = 0;
  graph.forEachEdge((edge, { weight, npmi }, source, target) => {
    const i = edges.length;
    const s = nodePosition.get(source)!;
    const t = nodePosition.get(target)!;
    edges.push(edge);
    edgeSource[i] = s;
    edgeTarget[i] = t;
    edgeWeight[i] = weight;
    edgeNpmi[i] = npmi;
    degree[s]++;
    degree[t]++;
    weightedDegree[s] += weight;
    weightedDegree[t] += weight;
    if (weight > maxWeight) maxWeight = weight;
  });
  let maxDegree = 0;
  let maxWeightedDegree = 0;
  for (let i = 0; i < nodes.length; i++) {
    if (degree[i] > maxDegree) maxDegree = degree[i];
    if (weightedDegree[i] > maxWeightedDegree) maxWeightedDegree = weightedDegree[i];
  }
  return {
    nodes,
    nodePosition,
    nodeType,
    nodeMentions,
    nodeDocuments,
    rankedBy,
    degree,
    weightedDegree,
    edges,
    edgeSource,
    edgeTarget,
    edgeWeight,
    edgeNpmi,
    maxDegree,
    maxWeight,
    maxWeightedDegree,
  };
}
