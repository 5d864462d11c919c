/** Day arithmetic for the date slider: ISO dates (YYYY-MM-DD) to day numbers and back, in UTC. */

const DAY_MS = 86_400_000;

export function dayNumber(iso: string): number {
  return Math.floor(Date.parse(`${iso}T00:00:00Z`) / DAY_MS);
}

export function isoDate(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** The widest of two optional ranges (for slider bounds that never shrink under a filtered graph). */
export function widen(a: { from?: string; to?: string }, b: { from?: string; to?: string }): { from?: string; to?: string } {
  const froms = [a.from, b.from].filter((value): value is string => Boolean(value)).sort();
  const tos = [a.to, b.to].filter((value): value is string => Boolean(value)).sort();
  return { from: froms[0], to: tos[tos.length - 1] };
}
