/** The one order documents are processed in: oldest first (undated last), then by id. */
import type { ExtractedDocument } from "../types.js";

/**
 * Comparator for that order. Evidence then reads chronologically, and the graph
 * (labels, aliases, evidence) never depends on the order documents were ingested in.
 */
export function byPublishedThenId(a: Pick<ExtractedDocument, "published" | "id">, b: Pick<ExtractedDocument, "published" | "id">): number {
  return (a.published ?? "9999").localeCompare(b.published ?? "9999") || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}
