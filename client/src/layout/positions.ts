/**
 * Start positions: positions kept from before (localStorage or the graph being replaced) win;
 * a new node goes near the neighbors that already have a place; the rest start on a seeded disc,
 * so the same graph always starts from the same picture.
 */
import type { EntityGraph } from "../graph";
import { randomForKey } from "./seeded-random";

export type Positions = Record<string, { x: number; y: number }>;

export interface Placement {
  positions: Positions;
  /** Nodes that got a new place (not kept): when there are any, the layout should run. */
  placed: string[];
}

/** Spread of a newcomer around its neighbors' mean, relative to the graph's extent. */
const NEAR_JITTER = 0.03;

/**
 * Computes start positions for every node of `graph` without touching it. `startCount` sizes the
 * seeded disc when nothing is known yet: the number of nodes the first layout will move (the view).
 */
export function placeNodes(graph: EntityGraph, known: Positions, seed: number, startCount = graph.order): Placement {
  const positions: Positions = {};
  const placed: string[] = [];
  let minX = Infinity;
  let maxX = -Infinity;
  graph.forEachNode((node, attributes) => {
    const kept = known[node] ?? (Number.isFinite(attributes.x) && Number.isFinite(attributes.y) ? { x: attributes.x!, y: attributes.y! } : undefined);
    if (!kept) return;
    positions[node] = { x: kept.x, y: kept.y };
    minX = Math.min(minX, kept.x);
    maxX = Math.max(maxX, kept.x);
  });
  const hasKept = Object.keys(positions).length > 0;
  // A disc of radius ~sqrt(order) keeps the start density the same for any graph size.
  const radius = hasKept ? Math.max(1, (maxX - minX) / 2) : 10 * Math.sqrt(Math.max(1, startCount));
  const jitter = radius * NEAR_JITTER;

  graph.forEachNode((node) => {
    if (positions[node]) return;
    const random = randomForKey(node, seed);
    let sumX = 0;
    let sumY = 0;
    let count = 0;
    graph.forEachNeighbor(node, (neighbor) => {
      const position = positions[neighbor];
      if (!position) return;
      sumX += position.x;
      sumY += position.y;
      count++;
    });
    const angle = random() * 2 * Math.PI;
    if (count > 0) {
      const distance = jitter * (0.5 + random());
      positions[node] = { x: sumX / count + distance * Math.cos(angle), y: sumY / count + distance * Math.sin(angle) };
    } else {
      const distance = radius * Math.sqrt(random());
      positions[node] = { x: distance * Math.cos(angle), y: distance * Math.sin(angle) };
    }
    placed.push(node);
  });
  return { positions, placed };
}

/** Writes positions into the graph's x/y attributes, the only attributes the viewer sets. */
export function assignPositions(graph: EntityGraph, positions: Positions): void {
  graph.forEachNode((node, attributes) => {
    const position = positions[node];
    // Graphs that come with positions need no write at all: skip, it is the big-graph case.
    if (!position || (position.x === attributes.x && position.y === attributes.y)) return;
    graph.mergeNodeAttributes(node, { x: position.x, y: position.y });
  });
}

/** Reads the graph's current x/y. */
export function positionsOf(graph: EntityGraph): Positions {
  const positions: Positions = {};
  graph.forEachNode((node, { x, y }) => {
    if (Number.isFinite(x) && Number.isFinite(y)) positions[node] = { x: x!, y: y! };
  });
  return positions;
}
