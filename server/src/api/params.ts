/** Parses and validates query parameters, throwing InvalidInputError with the route's name. */
import { ENTITY_TYPES, UNDATED_CHOICES, type EntityType, type UndatedChoice } from "../types.js";
import { InvalidInputError } from "./errors.js";

type Query = Record<string, unknown>;

function single(route: string, query: Query, name: string): string | undefined {
  const value = query[name];
  if (value === undefined || value === "") return undefined;
  if (typeof value !== "string") throw new InvalidInputError(`${route}: ${name} must be given once, as a plain value`);
  return value;
}

/** A positive integer capped at `max`, or `fallback` when absent. */
export function positiveInt(route: string, query: Query, name: string, fallback: number, max: number): number {
  const raw = single(route, query, name);
  if (raw === undefined) return fallback;
  const n = Number(raw);
  if (!/^\d+$/.test(raw) || !Number.isSafeInteger(n) || n < 1) {
    throw new InvalidInputError(`${route}: ${name} must be a positive integer, got "${raw}"`);
  }
  return Math.min(n, max);
}

/** A non-negative integer SQLite can bind (at most 2^53 - 1), or `fallback` when absent. */
export function nonNegativeInt(route: string, query: Query, name: string, fallback: number): number {
  const raw = single(route, query, name);
  if (raw === undefined) return fallback;
  const n = Number(raw);
  // Digits only: "1e19" and "2.0" are numbers to JavaScript but not row counts, and 1e19 overflows SQLite's integers.
  if (!/^\d+$/.test(raw) || !Number.isSafeInteger(n)) {
    throw new InvalidInputError(`${route}: ${name} must be an integer from 0 to ${Number.MAX_SAFE_INTEGER}, got "${raw}"`);
  }
  return n;
}

/** A non-negative number, or `fallback` when absent. */
export function nonNegativeNumber(route: string, query: Query, name: string, fallback: number): number {
  const raw = single(route, query, name);
  if (raw === undefined) return fallback;
  const n = Number(raw);
  if (!Number.isFinite(n) || n < 0) throw new InvalidInputError(`${route}: ${name} must be a number >= 0, got "${raw}"`);
  return n;
}

/** An entity type, or undefined when absent. */
export function entityType(route: string, query: Query, name = "type"): EntityType | undefined {
  const raw = single(route, query, name);
  if (raw === undefined) return undefined;
  if (!(ENTITY_TYPES as readonly string[]).includes(raw)) {
    throw new InvalidInputError(`${route}: ${name} must be one of ${ENTITY_TYPES.join(", ")}, got "${raw}"`);
  }
  return raw as EntityType;
}

/** A string parameter, or undefined when absent. */
export function text(route: string, query: Query, name: string): string | undefined {
  return single(route, query, name);
}

const ISO_DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/** True when a YYYY-MM-DD string names a real day: 2022-02-31 does not (Date would roll it to March 3). */
function isCalendarDate(iso: string): boolean {
  const [year, month, day] = iso.split("-").map(Number);
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day); // not Date.UTC, which reads years 0-99 as 1900-1999
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/**
 * The `from`/`to` date range of a request (inclusive ISO dates) and what it does with undated
 * documents (`undated=include|exclude`; absent, the range says nothing of them and they stay in).
 */
export function dateRange(route: string, query: Query): { from?: string; to?: string; undated?: UndatedChoice } {
  const range: { from?: string; to?: string; undated?: UndatedChoice } = {};
  const undated = single(route, query, "undated");
  if (undated !== undefined) {
    if (!(UNDATED_CHOICES as readonly string[]).includes(undated)) {
      throw new InvalidInputError(`${route}: undated must be one of ${UNDATED_CHOICES.join(", ")}, got "${undated}"`);
    }
    range.undated = undated as UndatedChoice;
  }
  for (const name of ["from", "to"] as const) {
    const raw = single(route, query, name);
    if (raw === undefined) continue;
    if (!ISO_DATE.test(raw)) throw new InvalidInputError(`${route}: ${name} must be a date YYYY-MM-DD, got "${raw}"`);
    if (!isCalendarDate(raw)) throw new InvalidInputError(`${route}: ${name} is not a day of the calendar, got "${raw}"`);
    range[name] = raw;
  }
  if (range.from && range.to && range.from > range.to) {
    throw new InvalidInputError(`${route}: from (${range.from}) must not be after to (${range.to})`);
  }
  return range;
}
