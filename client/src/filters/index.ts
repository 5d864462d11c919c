/**
 * The filter controls (how many entities and ranked by what, entity types, minimum mentions, edge
 * weight and association, degree, isolated nodes, "Show all") and the shown/total counts.
 * Controls write the state; the viewer hides through the reducers.
 */
import { ENTITY_TYPES, type EntityType } from "../../../server/src/types";
import { formatCount, h } from "../dom";
import type { GraphIndex } from "../graph";
import type { ViewerSettings } from "../settings";
import { ALL_FILTERS, DEFAULT_FILTERS, RANK_BY, type Filters, type RankBy, type ViewerState } from "../state";
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

const RANK_LABELS: Record<RankBy, string> = { documents: "documents", mentions: "mentions" };

/** True when the filters show the whole graph (what "Show all" sets). */
export function showsAll(filters: Filters): boolean {
  return filters.topN === 0 && filters.minNpmi <= -1 && filters.minMentions <= 1;
}

function npmiText(value: number): string {
  return value <= -1 ? "any" : `≥ ${value.toFixed(2)}`;
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
  const topSelect = h("select", { className: "text-input", attrs: { name: "top-n", id: "filter-top-n", "aria-label": "How many entities to show" } });
  topSelect.addEventListener("change", () => update({ topN: Number(topSelect.value) }));
  const rankSelect = h(
    "select",
    { className: "text-input", attrs: { name: "rank-by", "aria-label": "Rank entities by" } },
    RANK_BY.map((rank) => h("option", { text: `by ${RANK_LABELS[rank]}`, attrs: { value: rank } })),
  );
  rankSelect.addEventListener("change", () => update({ rankBy: rankSelect.value as RankBy }));
  const top = h("div", { className: "filter-row filter-top" }, [h("label", { text: "Show top", attrs: { for: "filter-top-n" } }), topSelect, rankSelect]);
  const mentions = slider("min-mentions", "Min. mentions");
  mentions.input.min = "1";
  mentions.input.addEventListener("input", () => update({ minMentions: Number(mentions.input.value) }));
  const npmi = slider("min-npmi", "Min. association (NPMI)");
  Object.assign(npmi.input, { min: "-1", max: "1", step: "0.05" });
  npmi.input.title = "Normalized PMI: 0 is what chance gives, 1 always together; raising it drops links to hubs first";
  npmi.input.addEventListener("input", () => update({ minNpmi: Number(npmi.input.value) }));
  const weight = slider("min-weight", "Min. edge weight");
  weight.input.min = "1";
  weight.input.addEventListener("input", () => update({ minWeight: Number(weight.input.value) }));
  const degree = slider("min-degree", "Min. degree");
  degree.input.addEventListener("input", () => update({ minDegree: Number(degree.input.value) }));
  const isolated = h("input", { attrs: { type: "checkbox", name: "hide-isolated" } });
  isolated.addEventListener("change", () => update({ hideIsolated: isolated.checked }));
  const reset = h("button", { className: "link-button", text: "Reset filters", attrs: { type: "button", title: "Back to the default view: the top entities and their clear associations" } });
  reset.addEventListener("click", () => state.update({ filters: DEFAULT_FILTERS }));
  const all = h("button", { className: "link-button", text: "Show all", attrs: { type: "button", "data-action": "filters-show-all" } });
  all.addEventListener("click", () => state.update({ filters: ALL_FILTERS }));

  container.append(
    top,
    types,
    mentions.row,
    npmi.row,
    weight.row,
    degree.row,
    h("label", { className: "filter-check" }, [isolated, "Hide isolated nodes"]),
    h("div", { className: "filter-buttons" }, [reset, all]),
  );

  function sync(current: GraphIndex): void {
    const { filters } = state.get();
    for (const [type, box] of typeBoxes) box.checked = filters.types.includes(type);
    const sizes = new Set([...settings.topNChoices, filters.topN].filter((size) => size > 0 && size < current.nodes.length));
    topSelect.replaceChildren(
      ...[...sizes].sort((a, b) => a - b).map((size) => h("option", { text: formatCount(size), attrs: { value: String(size) } })),
      h("option", { text: `all ${formatCount(current.nodes.length)}`, attrs: { value: "0" } }),
    );
    topSelect.value = filters.topN > 0 && filters.topN < current.nodes.length ? String(filters.topN) : "0";
    rankSelect.value = filters.rankBy;
    let maxMentions = 1;
    for (const value of current.nodeMentions) maxMentions = Math.max(maxMentions, value);
    mentions.input.max = String(Math.max(filters.minMentions, Math.min(settings.filterSliderMax, maxMentions)));
    mentions.input.value = String(filters.minMentions);
    mentions.output.value = `≥ ${filters.minMentions}`;
    npmi.input.value = String(filters.minNpmi);
    npmi.output.value = npmiText(filters.minNpmi);
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

/**
 * Writes "Showing N of M entities · n of m links" into `element` (always on screen), with the
 * one-click switch between the whole graph and the default view.
 */
export function renderCounts(element: HTMLElement, visibility: Visibility, state?: ViewerState): void {
  const toggle: HTMLElement[] = [];
  if (state !== undefined) {
    const whole = showsAll(state.get().filters) || (visibility.shownNodes === visibility.totalNodes && visibility.shownEdges === visibility.totalEdges);
    const button = h("button", {
      className: "link-button count-toggle",
      text: whole ? "Top entities" : "Show all",
      attrs: { type: "button", id: "show-all", "data-shows": whole ? "default" : "all" },
    });
    button.addEventListener("click", () => state.update({ filters: whole ? DEFAULT_FILTERS : ALL_FILTERS }));
    toggle.push(button);
  }
  element.replaceChildren(
    h("span", { className: "count", attrs: { "data-count": "nodes" } }, [
      "Showing ",
      h("strong", { className: "count-shown", text: formatCount(visibility.shownNodes) }),
      ` of ${formatCount(visibility.totalNodes)} entities`,
    ]),
    h("span", { className: "count", attrs: { "data-count": "edges" } }, [
      h("strong", { className: "count-shown", text: formatCount(visibility.shownEdges) }),
      ` of ${formatCount(visibility.totalEdges)} links`,
    ]),
    ...toggle,
  );
  element.dataset.shownNodes = String(visibility.shownNodes);
  element.dataset.shownEdges = String(visibility.shownEdges);
  element.dataset.totalNodes = String(visibility.totalNodes);
  element.dataset.totalEdges = String(visibility.totalEdges);
}
