/** The API's parameters as OpenAPI parameter objects, their bounds read from config.ts and the routes' own lists. */
import { ENTITY_TYPES, UNDATED_CHOICES } from "../../types.js";
import type { Parameter } from "./types.js";

/** A path segment naming an entity or document (URL-encoded: `person%3Avladimir-putin`). */
export function idInPath(name: string, what: string): Parameter {
  return { name, in: "path", required: true, description: `The ${what} id, URL-encoded.`, schema: { type: "string", minLength: 1 } };
}

/**
 * `limit`: the server takes a value above `max` as `max` (it does not refuse it), so
 * `maximum` is what a client can ever get back, not a reason for a 400.
 */
export function limit(fallback: number, max: number, what: string): Parameter {
  return {
    name: "limit",
    in: "query",
    description: `How many ${what} to answer at most (a positive integer; above ${max}, ${max}).`,
    schema: { type: "integer", minimum: 1, maximum: max, default: fallback },
  };
}

/**
 * `from` and `to`: the range of publication dates whose documents count, both inclusive; and
 * `undated`, what becomes of the documents without a date, which a range cannot place.
 */
export const DATE_RANGE: Parameter[] = [
  ...(["from", "to"] as const).map((name) => ({
    name,
    in: "query" as const,
    description:
      `Keep documents published ${name === "from" ? "on or after" : "on or before"} this date (YYYY-MM-DD); from must not be after to. ` +
      "Documents without a known date are kept whatever the range, unless undated=exclude.",
    schema: { type: "string", format: "date" },
  })),
  {
    name: "undated",
    in: "query",
    description: "Documents without a known publication date: `include` keeps them whatever from and to say (the default), `exclude` leaves them out, with or without a range.",
    schema: { type: "string", enum: [...UNDATED_CHOICES], default: UNDATED_CHOICES[0] },
  },
];

export function entityTypeFilter(description: string): Parameter {
  return { name: "type", in: "query", description, schema: { type: "string", enum: [...ENTITY_TYPES] } };
}

/** A required query parameter holding an entity id. */
export function entityInQuery(name: string, description: string): Parameter {
  return { name, in: "query", required: true, description, schema: { type: "string", minLength: 1 } };
}

/** An optional string query parameter. */
export function textInQuery(name: string, description: string, maxLength?: number): Parameter {
  return { name, in: "query", description, schema: { type: "string", ...(maxLength !== undefined && { maxLength }) } };
}
