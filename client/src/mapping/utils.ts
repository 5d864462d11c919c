/** Pure pieces of the visual mapping: scales and the community palette. */
import type { ViewerSettings } from "../settings";

/**
 * Square-root scale from [0, maxValue] onto [min, max]: area, not radius, should grow with the
 * metric, and one hub (a country in every article) must not flatten everyone else to the minimum.
 */
export function sqrtScale(maxValue: number, [min, max]: [number, number]): (value: number) => number {
  const top = Math.sqrt(Math.max(Number.MIN_VALUE, maxValue));
  return (value) => min + (max - min) * Math.min(1, Math.sqrt(Math.max(0, value)) / top);
}

/**
 * Ranks communities by size (largest first, ties by id) so the palette's first colors go to the
 * communities an analyst sees most, and the same partition always gets the same colors.
 */
export function rankCommunities(assignment: ArrayLike<number>): { rank: Map<number, number>; sizes: number[] } {
  const counts = new Map<number, number>();
  for (let i = 0; i < assignment.length; i++) counts.set(assignment[i], (counts.get(assignment[i]) ?? 0) + 1);
  const ordered = [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0]);
  return { rank: new Map(ordered.map(([community], i) => [community, i])), sizes: ordered.map(([, size]) => size) };
}

/** The color of the community ranked `rank`; past the palette they share one gray. */
export function communityColor(rank: number, settings: Pick<ViewerSettings, "communityPalette" | "otherCommunityColor">): string {
  return settings.communityPalette[rank] ?? settings.otherCommunityColor;
}
