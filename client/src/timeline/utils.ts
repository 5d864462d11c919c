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

/** One bar of the histogram: the documents published from `start` to `end` (inclusive ISO dates). */
export interface Bin {
  start: string;
  end: string;
  count: number;
}

export type BinUnit = "day" | "month" | "year";

/**
 * The bar width for a span of days: days up to three months (the seeds span 106 days, a
 * week's news one bar a day), months up to ten years (the BBC corpus, 2004-2005, 24 bars), years beyond.
 */
export function binUnit(spanDays: number): BinUnit {
  if (spanDays <= 92) return "day";
  if (spanDays <= 3653) return "month";
  return "year";
}

/** The first day of the bin holding `iso`, and the last. */
function binOf(iso: string, unit: BinUnit): { start: string; end: string } {
  if (unit === "day") return { start: iso, end: iso };
  const year = Number(iso.slice(0, 4));
  if (unit === "year") return { start: `${iso.slice(0, 4)}-01-01`, end: `${iso.slice(0, 4)}-12-31` };
  const month = Number(iso.slice(5, 7));
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return { start: `${iso.slice(0, 7)}-01`, end: `${iso.slice(0, 7)}-${String(last).padStart(2, "0")}` };
}

/** The day after the bin that ends on `end`. */
function nextDay(end: string): string {
  return isoDate(dayNumber(end) + 1);
}

/**
 * Documents per day binned over [from, to] (both inclusive, ISO), empty bins included so the bars
 * keep the time scale; days outside the range are left out. The unit follows the span (`binUnit`).
 */
export function binDays(days: readonly { date: string; count: number }[], from: string, to: string): { unit: BinUnit; bins: Bin[] } {
  const unit = binUnit(dayNumber(to) - dayNumber(from) + 1);
  const bins: Bin[] = [];
  const byStart = new Map<string, Bin>();
  for (let bin = binOf(from, unit); bin.start <= to; bin = binOf(nextDay(bin.end), unit)) {
    const entry = { ...bin, count: 0 };
    bins.push(entry);
    byStart.set(bin.start, entry);
  }
  for (const day of days) {
    if (day.date < from || day.date > to) continue;
    const entry = byStart.get(binOf(day.date, unit).start);
    if (entry) entry.count += day.count;
  }
  return { unit, bins };
}
