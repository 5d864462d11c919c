/** Answers: a JSON body by schema name, and the `{error}` answers each status stands for. */
import { ref } from "./schemas.js";
import type { Response } from "./types.js";

/** A JSON answer whose body is the named component schema. */
export function json(schema: string, description: string): Response {
  return { description, content: { "application/json": { schema: ref(schema) } } };
}

const errorBody = { "application/json": { schema: ref("Error") } };

/** What each error status means in entente; every one answers `{"error": "..."}`. */
const ERROR_MEANINGS = {
  400: "A parameter or body is malformed or out of bounds; the message names it.",
  401: "The server was started with a token and the request lacks `Authorization: Bearer TOKEN` (writes; reads too with --token-reads).",
  403: "Refused: a write from another site's page, a Host header this server does not answer to, or a write to a read-only server.",
  404: "No entity, edge or document with the given id; the message names it.",
  405: "The path exists, but not with this method; the `Allow` header lists the methods it has.",
  413: "The request body is larger than the server's limit.",
  415: "The body's content type is not one the route takes.",
  500: "An unexpected server error (500), or a database that is read-only or damaged (503); details are in the server's log.",
} as const;

export type ErrorStatus = keyof typeof ERROR_MEANINGS;

/** The `{error}` answer of one status, with the header it comes with. */
export function errorResponse(status: ErrorStatus, limitBytes?: number): Response {
  const description = status === 413 && limitBytes ? `The request body is larger than ${limitBytes} bytes.` : ERROR_MEANINGS[status];
  const response: Response = { description, content: errorBody };
  if (status === 401) response.headers = { "WWW-Authenticate": { description: 'Bearer realm="entente"', schema: { type: "string" } } };
  if (status === 405) response.headers = { Allow: { description: "The methods of this path.", schema: { type: "string" } } };
  return response;
}
