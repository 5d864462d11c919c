/** The viewer's only way to the server: typed wrappers around entente's HTTP API. */
import type {
  ApiError,
  EntitySearchResponse,
  EvidenceResponse,
  NeighborsResponse,
  SerializedGraphPayload,
} from "../../../server/src/types";

/** A non-2xx answer from the API; `status` lets callers tell 404 from 400 from 500. */
export class ApiRequestError extends Error {
  override name = "ApiRequestError";
  constructor(
    readonly path: string,
    readonly status: number,
    detail: string,
  ) {
    super(`GET ${path}: ${status} ${detail}`);
  }
}

async function getJson<T>(path: string, signal?: AbortSignal): Promise<T> {
  const response = await fetch(path, { headers: { Accept: "application/json" }, signal });
  if (!response.ok) {
    // The API answers errors as {"error": "..."}; fall back to the status text for anything else.
    const body = (await response.json().catch(() => null)) as Partial<ApiError> | null;
    throw new ApiRequestError(path, response.status, body?.error ?? response.statusText);
  }
  return (await response.json()) as T;
}

const id = encodeURIComponent;

/** `GET /api/graph`: the whole graph, evidence left out. */
export function fetchGraph(signal?: AbortSignal): Promise<SerializedGraphPayload> {
  return getJson("/api/graph", signal);
}

/** `GET /api/entities?q=&limit=`: entities matching a label or alias, best first. */
export function searchEntities(query: string, limit: number, signal?: AbortSignal): Promise<EntitySearchResponse> {
  const params = new URLSearchParams({ q: query, limit: String(limit) });
  return getJson(`/api/entities?${params}`, signal);
}

/** `GET /api/entities/:id/neighbors?limit=`: neighbors, heaviest edge first. */
export function fetchNeighbors(entity: string, limit: number, signal?: AbortSignal): Promise<NeighborsResponse> {
  return getJson(`/api/entities/${id(entity)}/neighbors?limit=${limit}`, signal);
}

/** `GET /api/edges/:source/:target/evidence`: the sentences behind one edge. */
export function fetchEvidence(source: string, target: string, signal?: AbortSignal): Promise<EvidenceResponse> {
  return getJson(`/api/edges/${id(source)}/${id(target)}/evidence`, signal);
}

/** Where the GEXF download lives; a plain link, so the browser handles the file. */
export const GEXF_EXPORT_URL = "/api/export.gexf";
