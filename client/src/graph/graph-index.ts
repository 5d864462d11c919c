/**
 * Per-node and per-edge numbers computed once per graph, in flat arrays, so filters and the
 * visual mapping never walk graphology's adjacency again (a 50k-edge filter pass is ~1 ms).
 */
import type { EntityType } from "../../../server/src/types";
import type { EntityGraph } from "./build-graph";

export interface GraphIndex {
  /** Node keys in graph order; every array below of node length follows it. */
  nodes: string[];
  /** Node key -> position in `nodes`. */
  nodePosition: Map<string, number>;
  nodeType: EntityType[];
  degree: Uint32Array;
  /** Sum of the weights of a node's edges (shared sentences with anyone). */
  weightedDegree: Float64Array;
  edges: string[];
  edgeSource: Uint32Array;
  edgeTarget: Uint32Array;
  edgeWeight: Float64Array;
  maxDegree: number;
  maxWeight: number;
  maxWeightedDegree: number;
}

export function indexGraph(graph: EntityGraph): GraphIndex {
  const nodes: string[] = [];
  const nodePosition = new Map<string, number>();
  const nodeType: EntityType[] = [];
  graph.forEachNode((node, { type }) => {
    nodePosition.set(node, nodes.length);
    nodes.push(node);
    nodeType.push(type);
  });
  const degree = new Uint32Array(nodes.length);
  const weightedDegree = new Float64Array(nodes.length);
  const edges: string[] = [];
  const edgeSource = new Uint32Array(graph.size);
  const edgeTarget = new Uint32Array(graph.size);
  const edgeWeight = new Float64Array(graph.size);
  let maxWeight = 0;
  graph.forEachEdge((edge, { weight }, source, target) => {
    const i = edges.length;
    const s = nodePosition.get(source)!;
    const t = nodePosition.get(target)!;
    edges.push(edge);
    edgeSource[i] = s;
    edgeTarget[i] = t;
    edgeWeight[i] = weight;
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
  return { nodes, nodePosition, nodeType, degree, weightedDegree, edges, edgeSource, edgeTarget, edgeWeight, maxDegree, maxWeight, maxWeightedDegree };
}
