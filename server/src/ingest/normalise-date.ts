/** Brings a published date as found in meta tags, front matter or records to ISO `YYYY-MM-DD`. */

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})(?![\d])/;
const SLASH_DAY = /^(\d{4})\/(\d{1,2})\/(\d{1,2})(?![\d])/;

function isoDay(year: number, month: number, day: number): string | undefined {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return date.toISOString().slice(0, 10);
}

/**
 * Returns the ISO day of a date string or `Date`, or undefined when it is not a date.
 * A leading `YYYY-MM-DD` is taken as written (the day the outlet gave, whatever the time
 * zone after it); other forms ("5 March 2024", RFC 2822) go through `Date.parse`.
 */
export function normalisePublished(value: unknown): string | undefined {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : value.toISOString().slice(0, 10);
  if (typeof value !== "string") return undefined;
  const s = value.trim();
  const m = ISO_DAY.exec(s) ?? SLASH_DAY.exec(s);
  if (m) return isoDay(Number(m[1]), Number(m[2]), Number(m[3]));
  // Bare numbers ("2024", "20240305") are too ambiguous for Date.parse, which guesses.
  if (!/[a-z]/i.test(s)) return undefined;
  const time = Date.parse(s);
  if (Number.isNaN(time)) return undefined;
  const d = new Date(time);
  return isoDay(d.getFullYear(), d.getMonth() + 1, d.getDate());
}
