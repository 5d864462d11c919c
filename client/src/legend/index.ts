/**
 * The legend: the current color mapping (types or communities, with counts) and size mapping,
 * with the selects that change them. The PNG export draws the same entries (export/png.ts).
 */
import { formatCount, h } from "../dom";
import { COLOR_LABELS, SIZE_LABELS, type VisualMapping } from "../mapping";
import type { ViewerSettings } from "../settings";
import { COLOR_BY, SIZE_BY, type ColorBy, type SizeBy, type ViewerState } from "../state";
import { LABELS_RANGE } from "../url-state";

/**
 * Publishes the type colors as CSS variables (`--color-person`, ...), so swatches and badges in
 * the header and panel come from the same settings as the graph.
 */
export function applyTypeColors(root: HTMLElement, settings: ViewerSettings): void {
  for (const [type, color] of Object.entries(settings.typeColors)) root.style.setProperty(`--color-${type}`, color);
}

/** The size line of the legend, also drawn in the PNG. */
export function sizeCaption(mapping: VisualMapping): string {
  const [min, max] = mapping.sizeDomain;
  const digits = mapping.sizeBy === "pagerank" ? 4 : 0;
  return `Size: ${SIZE_LABELS[mapping.sizeBy].toLowerCase()} (${min.toFixed(digits)} to ${max.toFixed(digits)}) · edge width: shared sentences`;
}

function select<T extends string>(name: string, label: string, values: readonly T[], labels: Record<T, string>, onChange: (value: T) => void): HTMLSelectElement {
  const element = h(
    "select",
    { className: "legend-select", attrs: { name, "aria-label": label } },
    values.map((value) => h("option", { text: labels[value], attrs: { value } })),
  );
  element.addEventListener("change", () => onChange(element.value as T));
  return element;
}

export interface Legend {
  render(mapping: VisualMapping): void;
}

export function mountLegend(container: HTMLElement, state: ViewerState): Legend {
  const colorSelect = select<ColorBy>("color-by", "Color nodes by", COLOR_BY, COLOR_LABELS, (colorBy) => state.update({ colorBy }));
  const sizeSelect = select<SizeBy>("size-by", "Size nodes by", SIZE_BY, SIZE_LABELS, (sizeBy) => state.update({ sizeBy }));
  const labels = h("input", {
    attrs: { type: "range", name: "label-density", min: String(LABELS_RANGE[0]), max: String(LABELS_RANGE[1]), step: "0.25", "aria-label": "Label density" },
  });
  labels.title = "More or fewer labels; labels never overlap, the biggest nodes are named first";
  labels.value = String(state.get().labels);
  labels.addEventListener("input", () => state.update({ labels: Number(labels.value) }));
  state.subscribe((snapshot, changes) => {
    if (changes.has("labels")) labels.value = String(snapshot.labels);
  });
  const entries = h("ul", { className: "legend-entries", attrs: { "aria-label": "Node colors" } });
  const caption = h("p", { className: "legend-caption muted" });
  container.append(
    h("div", { className: "legend-controls" }, [
      h("label", {}, ["Color ", colorSelect]),
      h("label", {}, ["Size ", sizeSelect]),
      h("label", { className: "legend-labels" }, ["Labels ", labels]),
    ]),
    entries,
    caption,
  );
  return {
    render(mapping) {
      colorSelect.value = mapping.colorBy;
      sizeSelect.value = mapping.sizeBy;
      entries.replaceChildren(
        ...mapping.colors.map((entry) => {
          const swatch = h("span", { className: "swatch", attrs: { "aria-hidden": "true" } });
          swatch.style.background = entry.color;
          return h("li", { className: "legend-item" }, [swatch, entry.label, h("span", { className: "legend-count", text: formatCount(entry.count) })]);
        }),
      );
      caption.textContent = sizeCaption(mapping);
    },
  };
}
