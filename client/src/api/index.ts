/** The viewer's only way to the server: typed wrappers around entente's HTTP API. */
import type {
  ApiError,
  CurationAction,
  CurationExport,
  CurationResponse,
  EntitySearchResponse,
  EntityType,
  EvidenceResponse,
  NeighborsResponse,
  PathResponse,
  SerializedGraphPayload,
  StatusResponse,
} from "../../../server/src/types";

/** A non-2xx answer from the API; `status` lets callers tell 404 from 400 from 500. */
export class ApiRequestError extends Error {
  override name = "ApiRequestError";
  constructor(
    readonly path: string,
    readonly status: number,
    detail: string,
    method = "GET",
  ) {
    super(`${method} ${path}: ${status} ${detail}`);
  }
}

/** sessionStorage key of the server's token; public/early-fetch.js writes it from the link's `#token=`. */
const TOKEN_KEY = "entente:token";

/** True when the page was opened with the server's token (kept for this tab only). */
export function hasToken(): boolean {
  return sessionStorage.getItem(TOKEN_KEY) !== null;
}

/** The `Authorization` header a server started with `--token` needs; none without a token. */
export function authorization(): Record<string, string> {
  const token = sessionStorage.getItem(TOKEN_KEY);
  return token === null ? {} : { Authorization: `Bearer ${token}` };
}

/** One JSON request with the token when there is one; the api/<name>.ts modules use it too. */
export async function request<T>(method: "GET" | "POST", path: string, body?: unknown, signal?: AbortSignal): Promise<T> {
  const response = await fetch(path, {
    method,
    headers: {
      Accept: "application/json",
      ...(body === undefined ? {} : { "Content-Type": "application/json" }),
      ...authorization(),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
    signal,
  });
  if (!response.ok) {
    // The API answers errors as {"error": "..."}; fall back to the status text for anything else.
    const error = (await response.json().catch(() => null)) as Partial<ApiError> | null;
    throw new ApiRequestError(path, response.status, error?.error ?? response.statusText, method);
  }
  return (await response.json()) as T;
}

const id = encodeURIComponent;

/** A date range as the API's `from`/`to` parameters, and `undated=exclude` to leave out the documents without a date. */
export interface DateQuery {
  from?: string;
  to?: string;
  undated?: "include" | "exclude";
}

function dateParams({ from, to, undated }: DateQuery = {}): URLSearchParams {
  const params = new URLSearchParams();
  if (from) params.set("from", from);
  if (to) params.set("to", to);
  if (undated === "exclude") params.set("undated", undated);
  return params;
}

function withQuery(path: string, params: URLSearchParams): string {
  const query = params.toString();
  return query ? `${path}?${query}` : path;
}

declare global {
  interface Window {
    /** The whole graph's request, started by index.html before this code loaded (taken once). */
    __ententeGraph?: Promise<Response>;
  }
}

/** `GET /api/graph?from=&to=`: the graph (of the documents in the range), evidence left out. */
export async function fetchGraph(range?: DateQuery, signal?: AbortSignal): Promise<SerializedGraphPayload> {
  const early = window.__ententeGraph;
  window.__ententeGraph = undefined;
  if (early && !range?.from && !range?.to && range?.undated !== "exclude") {
    const response = await early.catch(() => null);
    if (response?.ok) return (await response.json()) as SerializedGraphPayload;
  }
  return request("GET", withQuery("/api/graph", dateParams(range)), undefined, signal);
}

/** `GET /api/entities?q=&limit=`: entities matching a label or alias, best first. */
export function searchEntities(query: string, limit: number, signal?: AbortSignal): Promise<EntitySearchResponse> {
  const params = new URLSearchParams({ q: query, limit: String(limit) });
  return request("GET", `/api/entities?${params}`, undefined, signal);
}

/** `GET /api/entities/:id/neighbors?limit=&type=`: neighbors, heaviest edge first. */
export function fetchNeighbors(entity: string, limit: number, type: EntityType | null, signal?: AbortSignal): Promise<NeighborsResponse> {
  const params = new URLSearchParams({ limit: String(limit) });
  if (type) params.set("type", type);
  return request("GET", `/api/entities/${id(entity)}/neighbors?${params}`, undefined, signal);
}

/** `GET /api/edges/:source/:target/evidence`: the sentences behind one edge. */
export function fetchEvidence(source: string, target: string, signal?: AbortSignal): Promise<EvidenceResponse> {
  return request("GET", `/api/edges/${id(source)}/${id(target)}/evidence`, undefined, signal);
}

/** `GET /api/path?from=&to=`: the strongest chain between two entities (empty when unconnected). */
export function fetchPath(from: string, to: string, signal?: AbortSignal): Promise<PathResponse> {
  return request("GET", `/api/path?${new URLSearchParams({ from, to })}`, undefined, signal);
}

/** `POST /api/entities/:id/<kind>`: one curation decision. */
export function curate(action: CurationAction): Promise<CurationResponse> {
  const path = `/api/entities/${id(action.entity)}/${action.kind}`;
  if (action.kind === "merge") return request("POST", path, { into: action.into });
  if (action.kind === "rename") return request("POST", path, { label: action.label });
  if (action.kind === "retype") return request("POST", path, { type: action.type });
  return request("POST", path, {});
}

/** `POST /api/curation/undo`: takes back the last decision. */
export function undoCuration(): Promise<CurationResponse> {
  return request("POST", "/api/curation/undo", {});
}

/** `POST /api/curation/import`: applies a curation file. */
export function importCuration(file: CurationExport): Promise<unknown> {
  return request("POST", "/api/curation/import", file);
}

/** `GET /api/status`: whether the server is read-only and which requests need its token. */
export function fetchStatus(): Promise<StatusResponse> {
  return request("GET", "/api/status");
}

/** A download fetched with the token (a plain link cannot carry the header), as a blob to save. */
export async function fetchDownload(path: string): Promise<Blob> {
  const response = await fetch(path, { headers: authorization() });
  if (!response.ok) throw new ApiRequestError(path, response.status, response.statusText);
  return response.blob();
}

/** Where the curation file downloads from; a plain link, so the browser handles the file. */
export const CURATION_EXPORT_URL = "/api/curation";

/** The whole-graph downloads of the server (`GET /api/export.<format>`). */
export type ExportFormat = "gexf" | "graphml" | "nodes.csv" | "edges.csv";

/** The whole graph as a GEXF, GraphML or CSV download, for a date range. */
export function exportUrl(format: ExportFormat, range?: DateQuery): string {
  return withQuery(`/api/export.${format}`, dateParams(range));
}
