/** `GET /api/curation`: the decisions in the order they were taken (the hidden list reads it). */
import type { CurationExport } from "../../../server/src/types";
import { request } from "./index";

export function fetchDecisions(signal?: AbortSignal): Promise<CurationExport> {
  return request("GET", "/api/curation", undefined, signal);
}
