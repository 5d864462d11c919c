/** Builds one operation: its own answers plus the error answers that follow from what it takes. */
import { errorResponse, type ErrorStatus } from "./responses.js";
import type { Operation, Response } from "./types.js";

export interface DescribeOptions {
  /** The server's body limit (413 above it). */
  maxBodyBytes: number;
}

export interface OperationSpec extends Omit<Operation, "responses"> {
  /** The success answers, by status. */
  answers: Record<string, Response>;
  /** Error statuses of this route beyond those that follow from its shape (409 for a merge, 400 for undo). */
  errors?: ErrorStatus[];
}

/**
 * Every request may meet the Host check (403) and, on a server with --token-reads, the token
 * (401); a route with parameters or a body can answer 400, one with an id in its path 404 (a
 * malformed percent-encoding in the path is a 400 too); a POST or DELETE also meets the
 * cross-site and read-only refusals (403), the size limit (413) and the body type check (415).
 * `default` stands for 500 and 503, which any route may answer.
 */
export function operation(method: "get" | "post" | "delete", spec: OperationSpec, options: DescribeOptions): Operation {
  const { answers, errors = [], ...rest } = spec;
  const statuses = new Set<ErrorStatus>([401, 403, ...errors]);
  if (spec.parameters?.length || spec.requestBody) statuses.add(400);
  if (spec.parameters?.some((p) => p.in === "path")) statuses.add(404);
  // A body can come with any write, even one that reads none (undo): it meets the limit and the type check.
  if (method !== "get") {
    statuses.add(413);
    statuses.add(415);
  }
  const responses: Record<string, Response> = { ...answers };
  for (const status of [...statuses].sort((a, b) => a - b)) responses[String(status)] = errorResponse(status, options.maxBodyBytes);
  responses.default = errorResponse(500);
  return { ...rest, responses };
}
