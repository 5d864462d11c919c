/**
 * The date filter: a histogram of the documents over time, two thumbs over the corpus's days, and
 * the undated documents counted with a control to keep or leave them out (kept by default: a range
 * cannot place them). Moving a thumb or the control writes the state's date range; the viewer
 * refetches `GET /api/graph?from=&to=&undated=` (debounced), since weights change with the
 * documents in range and cannot be filtered client-side.
 */
import type { DocumentFacetsResponse } from "../../../server/src/types";
import { fetchDocumentFacets } from "../api/documents";
import { formatCount, h } from "../dom";
import type { EntityGraph } from "../graph";
import type { DateRange, ViewerState } from "../state";
import { binDays, dayNumber, isoDate, widen, type Bin } from "./utils";

export { binDays, binUnit, type Bin, type BinUnit } from "./utils";

export interface Timeline {
  /** Widens the bounds with a new graph's dates and counts the documents again (some may be new). */
  sync(graph: EntityGraph): void;
}

/** "3 documents" / "1 document". */
function documentsText(count: number): string {
  return `${formatCount(count)} document${count === 1 ? "" : "s"}`;
}

/**
 * The bars of the histogram, each as tall as its share of the fullest bin, those in the range
 * marked; a click on one narrows the range to its days.
 */
function renderBars(bars: HTMLElement, bins: Bin[], range: DateRange, onPick: (bin: Bin) => void): void {
  const most = Math.max(1, ...bins.map((bin) => bin.count));
  bars.replaceChildren(
    ...bins.map((bin) => {
      const inRange = (!range.from || bin.end >= range.from) && (!range.to || bin.start <= range.to);
      const label = bin.start === bin.end ? bin.start : `${bin.start} to ${bin.end}`;
      const bar = h("button", {
        className: `timeline-bar${inRange ? " in-range" : ""}`,
        attrs: { type: "button", title: `${label}: ${documentsText(bin.count)}`, "aria-label": `${label}: ${documentsText(bin.count)}; show only these dates`, "data-start": bin.start, "data-count": String(bin.count) },
      });
      bar.style.setProperty("--share", String(bin.count / most));
      bar.addEventListener("click", () => onPick(bin));
      return bar;
    }),
  );
}

export function mountTimeline(container: HTMLElement, state: ViewerState, graph: EntityGraph): Timeline {
  let bounds = widen({ from: graph.getAttribute("firstSeen"), to: graph.getAttribute("lastSeen") }, state.get().dateRange);
  let facets: DocumentFacetsResponse | null = null;
  const bars = h("div", { className: "timeline-bars", attrs: { role: "group", "aria-label": "Documents over time" } });
  const from = h("input", { attrs: { type: "range", name: "date-from", "aria-label": "From date", step: "1" } });
  const to = h("input", { attrs: { type: "range", name: "date-to", "aria-label": "To date", step: "1" } });
  const output = h("output", { className: "timeline-value" });
  const all = h("button", { className: "link-button", text: "All dates", attrs: { type: "button" } });
  const include = h("input", { attrs: { type: "checkbox", name: "include-undated" } });
  const undatedText = h("span", { className: "timeline-undated-count" });
  const undated = h("label", { className: "filter-row timeline-undated", attrs: { title: "Documents without a publication date cannot be placed in a range: keep them in the graph, or leave them out" } }, [
    include,
    undatedText,
  ]);
  const slider = h("div", { className: "timeline-slider" }, [bars, from, to, all]);
  container.append(h("div", { className: "filter-row timeline-label" }, [h("span", { text: "Dates" }), output]), slider, undated);

  function render(): void {
    const range = state.get().dateRange;
    const undatedCount = facets?.undated ?? 0;
    include.checked = range.undated !== "exclude";
    undatedText.textContent = `Include ${formatCount(undatedCount)} undated`;
    undated.hidden = undatedCount === 0;
    slider.hidden = !bounds.from || !bounds.to;
    container.hidden = slider.hidden && undated.hidden;
    if (!bounds.from || !bounds.to) {
      output.value = undatedCount > 0 ? "no dated documents" : "";
      return;
    }
    const min = dayNumber(bounds.from);
    const max = dayNumber(bounds.to);
    for (const input of [from, to]) {
      input.min = String(min);
      input.max = String(max);
    }
    from.value = String(range.from ? dayNumber(range.from) : min);
    to.value = String(range.to ? dayNumber(range.to) : max);
    output.value = `${range.from ?? bounds.from} to ${range.to ?? bounds.to}`;
    renderBars(bars, facets ? binDays(facets.days, bounds.from, bounds.to).bins : [], range, (bin) => state.update({ dateRange: withRange({ from: bin.start, to: bin.end }) }));
  }

  /** The range with `patch` applied, keeping the undated choice (absent means kept). */
  function withRange(patch: { from?: string; to?: string }): DateRange {
    const { undated: choice } = state.get().dateRange;
    return { ...patch, ...(choice ? { undated: choice } : {}) };
  }

  function write(): void {
    if (!bounds.from || !bounds.to) return;
    let start = Number(from.value);
    let end = Number(to.value);
    if (start > end) [start, end] = [end, start];
    const min = dayNumber(bounds.from);
    const max = dayNumber(bounds.to);
    // A thumb at an end means "open on that side".
    state.update({ dateRange: withRange({ ...(start > min ? { from: isoDate(start) } : {}), ...(end < max ? { to: isoDate(end) } : {}) }) });
  }

  async function loadFacets(): Promise<void> {
    try {
      facets = await fetchDocumentFacets();
      const days = facets.days;
      if (days.length) bounds = widen(bounds, { from: days[0].date, to: days[days.length - 1].date });
    } catch (error) {
      // The slider still works without the counts; the console says why they are missing.
      console.warn(error);
    }
    render();
  }

  from.addEventListener("input", write);
  to.addEventListener("input", write);
  all.addEventListener("click", () => state.update({ dateRange: withRange({}) }));
  include.addEventListener("change", () => {
    const { from: start, to: end } = state.get().dateRange;
    state.update({ dateRange: { ...(start ? { from: start } : {}), ...(end ? { to: end } : {}), ...(include.checked ? {} : { undated: "exclude" as const }) } });
  });
  state.subscribe((_snapshot, changes) => {
    if (changes.has("dateRange")) render();
  });
  render();
  void loadFacets();
  return {
    sync(next) {
      bounds = widen(bounds, { from: next.getAttribute("firstSeen"), to: next.getAttribute("lastSeen") });
      render();
      void loadFacets();
    },
  };
}
