/** Defaults and comparisons of the view state, shared by the store, the URL codec and tests. */
import { ENTITY_TYPES } from "../../../server/src/types";
import type { Filters, ViewState } from "./types";

/**
 * The first picture: the 300 entities found in the most documents, and only edges whose NPMI is
 * at least 0.1 (clearly more often together than chance). On the BBC corpus the whole graph is
 * 8,981 nodes and 21,828 edges, a hairball; a few hundred nodes are what a label grid can name. On
 * the seeds the NPMI floor drops 79 of 268 edges, mostly links to the hubs every article names.
 */
export const DEFAULT_FILTERS: Filters = {
  types: [...ENTITY_TYPES],
  minWeight: 1,
  minDegree: 0,
  hideIsolated: false,
  topN: 300,
  rankBy: "documents",
  minMentions: 1,
  minNpmi: 0.1,
};

/** "Show all": every entity and edge of the graph (the date range still applies). */
export const ALL_FILTERS: Filters = { ...DEFAULT_FILTERS, topN: 0, minNpmi: -1 };

export const DEFAULT_VIEW: ViewState = {
  selected: null,
  evidenceWith: null,
  ego: false,
  path: null,
  filters: DEFAULT_FILTERS,
  colorBy: "type",
  sizeBy: "degree",
  dateRange: {},
  camera: null,
  labels: 1,
  documents: null,
  reader: null,
};

/** True when two filter sets hide the same things. */
export function sameFilters(a: Filters, b: Filters): boolean {
  return (
    a.minWeight === b.minWeight &&
    a.minDegree === b.minDegree &&
    a.hideIsolated === b.hideIsolated &&
    a.topN === b.topN &&
    a.rankBy === b.rankBy &&
    a.minMentions === b.minMentions &&
    a.minNpmi === b.minNpmi &&
    a.types.length === b.types.length &&
    a.types.every((type) => b.types.includes(type))
  );
}
