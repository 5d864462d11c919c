/** Defaults and comparisons of the view state, shared by the store, the URL codec and tests. */
import { ENTITY_TYPES } from "../../../server/src/types";
import type { Filters, ViewState } from "./types";

export const DEFAULT_FILTERS: Filters = { types: [...ENTITY_TYPES], minWeight: 1, minDegree: 0, hideIsolated: false };

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
};

/** True when two filter sets hide the same things. */
export function sameFilters(a: Filters, b: Filters): boolean {
  return (
    a.minWeight === b.minWeight &&
    a.minDegree === b.minDegree &&
    a.hideIsolated === b.hideIsolated &&
    a.types.length === b.types.length &&
    a.types.every((type) => b.types.includes(type))
  );
}
