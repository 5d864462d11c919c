/** Restricts a corpus to documents published within a date range. */
import type { ExtractedDocument } from "../types.js";

export interface DateFilter {
  /** Inclusive ISO dates (YYYY-MM-DD). */
  from?: string;
  to?: string;
}

/**
 * Documents published in [from, to]. With a bound set, a document without a
 * known date is left out: it cannot be placed in the range.
 */
export function filterByDate<T extends Pick<ExtractedDocument, "published">>(docs: T[], { from, to }: DateFilter): T[] {
  if (!from && !to) return docs;
  return docs.filter((d) => !!d.published && (!from || d.published >= from) && (!to || d.published <= to.slice(0, 10)));
}
