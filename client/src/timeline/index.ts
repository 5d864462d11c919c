/**
 * The date-range slider: two thumbs over the corpus's days. Moving them writes the state's date
 * range; the viewer refetches `GET /api/graph?from=&to=` (debounced), since weights change with
 * the documents in range and cannot be filtered client-side.
 */
import { h } from "../dom";
import type { EntityGraph } from "../graph";
import type { ViewerState } from "../state";
import { dayNumber, isoDate, widen } from "./utils";

export interface Timeline {
  /** Widens the bounds with a new graph's dates. */
  sync(graph: EntityGraph): void;
}

export function mountTimeline(container: HTMLElement, state: ViewerState, graph: EntityGraph): Timeline {
  let bounds = widen({ from: graph.getAttribute("firstSeen"), to: graph.getAttribute("lastSeen") }, state.get().dateRange);
  const from = h("input", { attrs: { type: "range", name: "date-from", "aria-label": "From date", step: "1" } });
  const to = h("input", { attrs: { type: "range", name: "date-to", "aria-label": "To date", step: "1" } });
  const output = h("output", { className: "timeline-value" });
  const all = h("button", { className: "link-button", text: "All dates", attrs: { type: "button" } });
  container.append(h("div", { className: "filter-row timeline-label" }, [h("span", { text: "Dates" }), output]), from, to, all);

  function render(): void {
    container.hidden = !bounds.from || !bounds.to;
    if (!bounds.from || !bounds.to) return;
    const min = dayNumber(bounds.from);
    const max = dayNumber(bounds.to);
    for (const input of [from, to]) {
      input.min = String(min);
      input.max = String(max);
    }
    const range = state.get().dateRange;
    from.value = String(range.from ? dayNumber(range.from) : min);
    to.value = String(range.to ? dayNumber(range.to) : max);
    output.value = `${range.from ?? bounds.from} to ${range.to ?? bounds.to}`;
  }

  function write(): void {
    if (!bounds.from || !bounds.to) return;
    let start = Number(from.value);
    let end = Number(to.value);
    if (start > end) [start, end] = [end, start];
    const min = dayNumber(bounds.from);
    const max = dayNumber(bounds.to);
    // A thumb at an end means "open on that side": documents without a date stay in.
    state.update({ dateRange: { ...(start > min ? { from: isoDate(start) } : {}), ...(end < max ? { to: isoDate(end) } : {}) } });
  }

  from.addEventListener("input", write);
  to.addEventListener("input", write);
  all.addEventListener("click", () => state.update({ dateRange: {} }));
  state.subscribe((_snapshot, changes) => {
    if (changes.has("dateRange")) render();
  });
  render();
  return {
    sync(next) {
      bounds = widen(bounds, { from: next.getAttribute("firstSeen"), to: next.getAttribute("lastSeen") });
      render();
    },
  };
}
