/** `GET /api/entities/:id/neighbors` with paging and the ranking the panel asks for (weight, documents, NPMI). */
import type { EntityType, NeighborsResponse } from "../../../server/src/types";
import { request } from "./index";

export type NeighborSort = "weight" | "documents" | "npmi";
export const NEIGHBOR_SORTS: readonly NeighborSort[] = ["weight", "documents", "npmi"];

export interface NeighborQuery {
  limit: number;
  type: EntityType | null;
  sort: NeighborSort;
}

/** The first `limit` neighbors by `sort` ("more" asks again with a larger limit: the API has no offset). */
export function fetchNeighborsBy(entity: string, { limit, type, sort }: NeighborQuery, signal?: AbortSignal): Promise<NeighborsResponse> {
  const params = new URLSearchParams({ limit: String(limit), sort });
  if (type) params.set("type", type);
  return request("GET", `/api/entities/${encodeURIComponent(entity)}/neighbors?${params}`, undefined, signal);
}
