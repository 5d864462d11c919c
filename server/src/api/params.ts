/** Parses and validates query parameters, throwing InvalidInputError with the route's name. */
import { ENTITY_TYPES, type EntityType } from "../types.js";
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

/** The `from`/`to` date range of a request (inclusive ISO dates). */
export function dateRange(route: string, query: Query): { from?: string; to?: string } {
  const range: { from?: string; to?: string } = {};
  for (const name of ["from", "to"] as const) {
    const raw = single(route, query, name);
    if (raw === undefined) continue;
    if (!ISO_DATE.test(raw)) throw new InvalidInputError(`${route}: ${name} must be a date YYYY-MM-DD, got "${raw}"`);
    range[name] = raw;
  }
  if (range.from && range.to && range.from > range.to) {
    throw new InvalidInputError(`${route}: from (${range.from}) must not be after to (${range.to})`);
  }
  return range;
}
