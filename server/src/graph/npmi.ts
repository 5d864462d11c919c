/** Normalized pointwise mutual information of a pair over co-occurrence windows. */

/**
 * NPMI in [-1, 1]: 1 when two entities only ever appear together, 0 when they
 * co-occur as often as chance predicts. Unlike raw weight it discounts hubs
 * (an entity in every sentence co-occurs with everything but informs little).
 */
export function npmi(pairCount: number, countA: number, countB: number, windows: number): number {
  if (pairCount <= 0 || windows <= 0) return -1;
  const pxy = pairCount / windows;
  if (pxy >= 1) return 1;
  const pmi = Math.log(pxy / ((countA / windows) * (countB / windows)));
  return pmi / -Math.log(pxy);
}
