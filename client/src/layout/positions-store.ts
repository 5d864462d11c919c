/** Keeps positions in localStorage per graph, so a reload shows the graph as it was left. */
import type { Positions } from "./positions";

/** Positions are rounded: 2 decimals of a layout spanning hundreds of units is far below a pixel. */
const PRECISION = 100;

export function loadPositions(key: string): Positions {
  try {
    const raw = window.localStorage.getItem(key);
    if (!raw) return {};
    const stored = JSON.parse(raw) as Record<string, [number, number]>;
    const positions: Positions = {};
    for (const [node, [x, y]] of Object.entries(stored)) positions[node] = { x, y };
    return positions;
  } catch {
    // Corrupt or unavailable storage (private mode): start fresh rather than fail.
    return {};
  }
}

/** Merges `positions` into what is stored, so nodes outside the current date range keep theirs. */
export function savePositions(key: string, positions: Positions): void {
  try {
    const raw = window.localStorage.getItem(key);
    const stored = raw ? (JSON.parse(raw) as Record<string, [number, number]>) : {};
    for (const [node, { x, y }] of Object.entries(positions)) {
      stored[node] = [Math.round(x * PRECISION) / PRECISION, Math.round(y * PRECISION) / PRECISION];
    }
    window.localStorage.setItem(key, JSON.stringify(stored));
  } catch (error) {
    // A full quota only costs the reload its positions; say so and go on.
    console.warn("savePositions: could not keep positions", error);
  }
}
