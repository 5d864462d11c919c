/**
 * The table view: sortable, filterable tables of the entities and the links in view (what the
 * filters show), each with a CSV download. A row opens the entity, or the link's evidence;
 * ticked entity rows can be merged or hidden together (bulk.ts).
 */
import type { Viewer } from "../app";
import type { CurationFlow } from "../curation";
import { formatCount, h } from "../dom";
import { saveBlob } from "../export";
import { communitiesOf, pageRankOf, type MetricCache } from "../mapping";
import type { ViewerSettings } from "../settings";
import { createBulkBar } from "./bulk";
import type { Column, EdgeRow, EntityRow, SortOrder } from "./types";
import { edgeRows, entityRows, filterRows, sortRows, toCsv } from "./utils";

export type { EdgeRow, EntityRow } from "./types";
export { parseCsv, toCsv } from "./utils";
export { hideActions, mergeActions } from "./bulk";

const fixed = (digits: number) => (value: unknown) => (typeof value === "number" ? value.toFixed(digits) : String(value));
const count = (value: unknown) => (typeof value === "number" ? formatCount(value) : String(value));

export const ENTITY_COLUMNS: Column<EntityRow>[] = [
  { key: "label", label: "Label", numeric: false },
  { key: "type", label: "Type", numeric: false },
  { key: "mentions", label: "Mentions", numeric: true, format: count },
  { key: "documents", label: "Documents", numeric: true, format: count },
  { key: "degree", label: "Degree", numeric: true, format: count },
  { key: "pagerank", label: "PageRank", numeric: true, format: fixed(4) },
  { key: "community", label: "Community", numeric: false },
];

export const EDGE_COLUMNS: Column<EdgeRow>[] = [
  { key: "source", label: "Source", numeric: false },
  { key: "target", label: "Target", numeric: false },
  { key: "weight", label: "Weight", numeric: true, format: count },
  { key: "documents", label: "Documents", numeric: true, format: count },
  { key: "npmi", label: "NPMI", numeric: true, format: fixed(3) },
];

type Tab = "entities" | "edges";

export interface TableOptions {
  viewer: Viewer;
  settings: ViewerSettings;
  onOpenEntity(entity: string): void;
  /** Where bulk merges and hides go (with one Undo for each bulk decision). */
  flow: CurationFlow;
}

/** Adds the "Table" button to `actions` and the table sheet to `stage`. */
export function mountTable(actions: HTMLElement, stage: HTMLElement, { viewer, settings, onOpenEntity, flow }: TableOptions): void {
  const toggle = h("button", { className: "button", text: "Table", attrs: { type: "button", id: "table-toggle", "aria-expanded": "false", "aria-controls": "table-view" } });
  const sheet = h("section", { className: "table-view", attrs: { id: "table-view", "aria-label": "Table of the view" } });
  sheet.hidden = true;
  actions.prepend(toggle);
  stage.append(sheet);

  let tab: Tab = "entities";
  let query = "";
  let entityOrder: SortOrder<EntityRow> = { key: "documents", descending: true };
  let edgeOrder: SortOrder<EdgeRow> = { key: "weight", descending: true };
  // Metrics follow the graph: a new graph (reload, curation) gets a fresh cache.
  let cache: { graph: unknown; metrics: MetricCache } = { graph: null, metrics: {} };

  function metrics(): MetricCache {
    if (cache.graph !== viewer.graph()) cache = { graph: viewer.graph(), metrics: {} };
    return cache.metrics;
  }

  function currentEntities(): EntityRow[] {
    const { index, visibility } = viewer.model();
    const graph = viewer.graph();
    const communities = communitiesOf(graph, index, visibility, settings, metrics());
    const rows = entityRows(graph, index, visibility, pageRankOf(graph, index, metrics()), (i) => communities.names[communities.rank[i]] ?? "");
    return sortRows(filterRows(rows, ENTITY_COLUMNS, query), entityOrder);
  }
  function currentEdges(): EdgeRow[] {
    const { index, visibility } = viewer.model();
    return sortRows(filterRows(edgeRows(viewer.graph(), index, visibility), EDGE_COLUMNS, query), edgeOrder);
  }

  function header<R extends object>(columns: Column<R>[], order: SortOrder<R>, onSort: (order: SortOrder<R>) => void): HTMLElement {
    return h(
      "tr",
      {},
      columns.map((column) => {
        const sorted = column.key === order.key;
        const button = h("button", { className: "table-sort", text: column.label, attrs: { type: "button", "data-key": column.key } });
        // A click on the sorted column flips it; another column starts with its natural direction.
        button.addEventListener("click", () => onSort({ key: column.key, descending: sorted ? !order.descending : column.numeric }));
        const cell = h("th", { className: column.numeric ? "numeric" : "", attrs: { scope: "col" } }, [button]);
        cell.setAttribute("aria-sort", sorted ? (order.descending ? "descending" : "ascending") : "none");
        return cell;
      }),
    );
  }

  /** A tick box for one entity row; a click on it selects, it does not open the entity. */
  function tick(id: string, label: string): HTMLElement {
    const box = h("input", { attrs: { type: "checkbox", "data-select": id, "aria-label": `Select ${label}` } });
    box.checked = bulk.selected.has(id);
    box.addEventListener("click", (event) => event.stopPropagation());
    box.addEventListener("change", () => {
      if (box.checked) bulk.selected.add(id);
      else bulk.selected.delete(id);
      bulk.sync(viewer.graph());
      syncTickAll();
    });
    return h("td", { className: "table-select" }, [box]);
  }

  /** The header's tick box: every drawn row at once. */
  const tickAll = h("input", { attrs: { type: "checkbox", "data-select": "all", "aria-label": "Select every row shown" } });
  tickAll.addEventListener("change", () => {
    for (const box of scroll.querySelectorAll<HTMLInputElement>("tbody input[data-select]")) {
      box.checked = tickAll.checked;
      if (tickAll.checked) bulk.selected.add(box.dataset.select!);
      else bulk.selected.delete(box.dataset.select!);
    }
    bulk.sync(viewer.graph());
  });
  function syncTickAll(): void {
    const boxes = [...scroll.querySelectorAll<HTMLInputElement>("tbody input[data-select]")];
    tickAll.checked = boxes.length > 0 && boxes.every((box) => box.checked);
  }

  function body<R extends object>(rows: R[], columns: Column<R>[], onRow: (row: R) => void, select?: (row: R) => HTMLElement): HTMLElement {
    return h(
      "tbody",
      {},
      rows.slice(0, settings.tableRowLimit).map((row) => {
        const cells = columns.map((column) => {
          const value = row[column.key];
          return h("td", { className: column.numeric ? "numeric" : "", text: column.format ? column.format(value as never) : String(value) });
        });
        const tr = h("tr", { attrs: { tabindex: "0" } }, select ? [select(row), ...cells] : cells);
        tr.addEventListener("click", () => onRow(row));
        tr.addEventListener("keydown", (event) => {
          if (event.key === "Enter") onRow(row);
        });
        return tr;
      }),
    );
  }

  function download(): void {
    const stem = tab === "entities" ? "entente-entities" : "entente-links";
    const csv = tab === "entities" ? toCsv(currentEntities(), ENTITY_COLUMNS) : toCsv(currentEdges(), EDGE_COLUMNS);
    saveBlob(new Blob([csv], { type: "text/csv;charset=utf-8" }), `${stem}.csv`);
  }

  const filter = h("input", { className: "text-input table-filter", attrs: { type: "search", name: "table-filter", placeholder: "Filter rows…", "aria-label": "Filter rows" } });
  filter.addEventListener("input", () => {
    query = filter.value;
    render();
  });

  const tabsBox = h("div", { className: "chips", attrs: { role: "group", "aria-label": "Table of" } });
  const csv = h("button", { className: "tool", text: "Download CSV", attrs: { type: "button", "data-action": "table-csv" } });
  csv.addEventListener("click", download);
  const note = h("span", { className: "muted table-note" });
  const close = h("button", { className: "panel-close", text: "×", attrs: { type: "button", "aria-label": "Close table" } });
  close.addEventListener("click", () => show(false));
  const scroll = h("div", { className: "table-scroll" });
  const bulk = createBulkBar(flow, viewer.graph, () => render());
  // The header stays put across renders, so the filter keeps its focus while the user types.
  sheet.append(h("header", { className: "table-header" }, [tabsBox, filter, csv, note, close]), bulk.element, scroll);

  function render(): void {
    if (sheet.hidden) return;
    const { visibility } = viewer.model();
    tabsBox.replaceChildren(
      ...(["entities", "edges"] as Tab[]).map((name) => {
        const label = name === "entities" ? `Entities (${formatCount(visibility.shownNodes)})` : `Links (${formatCount(visibility.shownEdges)})`;
        const button = h("button", { className: "chip", text: label, attrs: { type: "button", "data-tab": name, "aria-pressed": String(name === tab) } });
        button.addEventListener("click", () => {
          tab = name;
          render();
        });
        return button;
      }),
    );
    let table: HTMLElement;
    let total: number;
    if (tab === "entities") {
      const rows = currentEntities();
      total = rows.length;
      const head = header(ENTITY_COLUMNS, entityOrder, (order) => ((entityOrder = order), render()));
      head.prepend(h("th", { className: "table-select", attrs: { scope: "col" } }, [tickAll]));
      table = h("table", { className: "data-table", attrs: { "data-table": "entities" } }, [
        h("thead", {}, [head]),
        body(rows, ENTITY_COLUMNS, (row) => onOpenEntity(row.id), (row) => tick(row.id, row.label)),
      ]);
    } else {
      const rows = currentEdges();
      total = rows.length;
      table = h("table", { className: "data-table", attrs: { "data-table": "edges" } }, [
        h("thead", {}, [header(EDGE_COLUMNS, edgeOrder, (order) => ((edgeOrder = order), render()))]),
        body(rows, EDGE_COLUMNS, (row) => {
          viewer.state.select(row.sourceId);
          viewer.state.showEvidence(row.targetId);
        }),
      ]);
    }
    bulk.element.hidden = tab !== "entities";
    bulk.sync(viewer.graph());
    note.textContent = total > settings.tableRowLimit ? `First ${formatCount(settings.tableRowLimit)} of ${formatCount(total)} rows; the CSV has them all` : `${formatCount(total)} rows`;
    scroll.replaceChildren(table);
    syncTickAll();
  }

  function show(open: boolean): void {
    sheet.hidden = !open;
    toggle.setAttribute("aria-expanded", String(open));
    render();
  }
  toggle.addEventListener("click", () => show(sheet.hidden));
  viewer.onModel(render);
}
