/**
 * The filter controls (entity types, minimum edge weight, minimum degree, isolated nodes) and the
 * shown/total counts. Controls write the state; the viewer hides through the reducers.
 */
import { ENTITY_TYPES, type EntityType } from "../../../server/src/types";
import { formatCount, h } from "../dom";
import type { GraphIndex } from "../graph";
import type { ViewerSettings } from "../settings";
import type { Filters, ViewerState } from "../state";
import type { Visibility } from "./types";

export type { Visibility } from "./types";
export { computeVisibility } from "./utils";

export interface FilterControls {
  /** Re-reads slider bounds from a new graph and values from the state. */
  sync(index: GraphIndex): void;
}

function slider(name: string, label: string): { row: HTMLElement; input: HTMLInputElement; output: HTMLOutputElement } {
  const input = h("input", { attrs: { type: "range", name, min: "0", max: "1", step: "1", id: `filter-${name}` } });
  const output = h("output", { className: "filter-value", attrs: { for: `filter-${name}` } });
  const row = h("div", { className: "filter-row" }, [h("label", { text: label, attrs: { for: `filter-${name}` } }), input, output]);
  return { row, input, output };
}

export function mountFilters(container: HTMLElement, state: ViewerState, settings: ViewerSettings, index: GraphIndex): FilterControls {
  const update = (patch: Partial<Filters>): void => state.update({ filters: { ...state.get().filters, ...patch } });

  const typeBoxes = new Map<EntityType, HTMLInputElement>();
  const types = h(
    "fieldset",
    { className: "filter-types" },
    [
      h("legend", { text: "Entity types" }),
      ...ENTITY_TYPES.map((type) => {
        const box = h("input", { attrs: { type: "checkbox", name: "type", value: type } });
        box.addEventListener("change", () => update({ types: ENTITY_TYPES.filter((t) => typeBoxes.get(t)!.checked) }));
        typeBoxes.set(type, box);
        return h("label", { className: `filter-type type-${type}` }, [box, h("span", { className: "swatch", attrs: { "aria-hidden": "true" } }), settings.typeLabels[type]]);
      }),
    ],
  );
  const weight = slider("min-weight", "Min. edge weight");
  weight.input.min = "1";
  weight.input.addEventListener("input", () => update({ minWeight: Number(weight.input.value) }));
  const degree = slider("min-degree", "Min. degree");
  degree.input.addEventListener("input", () => update({ minDegree: Number(degree.input.value) }));
  const isolated = h("input", { attrs: { type: "checkbox", name: "hide-isolated" } });
  isolated.addEventListener("change", () => update({ hideIsolated: isolated.checked }));
  const reset = h("button", { className: "link-button", text: "Reset filters", attrs: { type: "button" } });
  reset.addEventListener("click", () => update({ types: [...ENTITY_TYPES], minWeight: 1, minDegree: 0, hideIsolated: false }));

  container.append(
    types,
    weight.row,
    degree.row,
    h("label", { className: "filter-check" }, [isolated, "Hide isolated nodes"]),
    reset,
  );

  function sync(current: GraphIndex): void {
    const { filters } = state.get();
    for (const [type, box] of typeBoxes) box.checked = filters.types.includes(type);
    // Slider ends follow the data, capped so one huge hub does not make the slider useless.
    weight.input.max = String(Math.max(filters.minWeight, Math.min(settings.filterSliderMax, Math.max(1, current.maxWeight))));
    degree.input.max = String(Math.max(filters.minDegree, Math.min(settings.filterSliderMax, current.maxDegree)));
    weight.input.value = String(filters.minWeight);
    degree.input.value = String(filters.minDegree);
    weight.output.value = `≥ ${filters.minWeight}`;
    degree.output.value = `≥ ${filters.minDegree}`;
    isolated.checked = filters.hideIsolated;
  }
  let currentIndex = index;
  sync(index);
  state.subscribe((_snapshot, changes) => {
    if (changes.has("filters")) sync(currentIndex);
  });
  return {
    sync(next) {
      currentIndex = next;
      sync(next);
    },
  };
}

/** Writes "shown / total" node and edge counts into `element` (always on screen). */
export function renderCounts(element: HTMLElement, visibility: Visibility): void {
  element.replaceChildren(
    h("span", { className: "count", attrs: { "data-count": "nodes" } }, [
      h("strong", { className: "count-shown", text: formatCount(visibility.shownNodes) }),
      ` / ${formatCount(visibility.totalNodes)} nodes`,
    ]),
    h("span", { className: "count", attrs: { "data-count": "edges" } }, [
      h("strong", { className: "count-shown", text: formatCount(visibility.shownEdges) }),
      ` / ${formatCount(visibility.totalEdges)} edges`,
    ]),
  );
  element.dataset.shownNodes = String(visibility.shownNodes);
  element.dataset.shownEdges = String(visibility.shownEdges);
  element.dataset.totalNodes = String(visibility.totalNodes);
  element.dataset.totalEdges = String(visibility.totalEdges);
}
