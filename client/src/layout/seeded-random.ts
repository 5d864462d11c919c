/** Deterministic pseudo-random numbers, so a graph is laid out the same way on every load. */

/** FNV-1a hash of a string: spreads node keys into 32-bit seeds. */
function hashString(text: string, seed: number): number {
  let hash = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

/** mulberry32: a small, well-mixed 32-bit generator returning numbers in [0, 1). */
export function createRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A random generator for one node, seeded by its key: a node starts at the same place however
 * the server orders the nodes and whatever other nodes join the graph.
 */
export function randomForKey(key: string, seed: number): () => number {
  return createRandom(hashString(key, seed));
}
