/**
 * The documents list: search in titles and text, filter by outlet, category (the folder a file was
 * read from) and date, sort by date or title, and list the documents that mention an entity or
 * hold a sentence of a pair. It follows the state's `documents` field (so back and forward open
 * and close it, and a link restores its filters); a document opens in the reader.
 */
import type { DocumentFacetsResponse, DocumentSummary } from "../../../server/src/types";
import { fetchDocumentFacets, fetchDocuments } from "../api/documents";
import { formatCount, h } from "../dom";
import { documentLine } from "../reader";
import type { ViewerSettings } from "../settings";
import type { DocumentsView, ViewerState } from "../state";
import { editView, listTitle } from "./utils";

export { editView, listTitle } from "./utils";

export interface DocumentsOptions {
  state: ViewerState;
  settings: ViewerSettings;
  /** An entity's label (its id when it is not in the graph). */
  labelOf(entity: string): string;
}

type Field = keyof DocumentsView;

function select(name: string, label: string, choices: { value: string; text: string }[], value: string | undefined): HTMLSelectElement {
  const element = h(
    "select",
    { className: "text-input", attrs: { name, "aria-label": label } },
    choices.map((choice) => h("option", { text: choice.text, attrs: { value: choice.value } })),
  );
  element.value = value ?? "";
  return element;
}

export interface DocumentsList {
  /** Asks again for the open list and its choices (documents were added, removed or curated). */
  refresh(): void;
}

/** Adds the "Documents" button to `actions` and the list's sheet to `stage`. */
export function mountDocuments(actions: HTMLElement, stage: HTMLElement, options: DocumentsOptions): DocumentsList {
  const { state, settings } = options;
  const toggle = h("button", { className: "button", text: "Documents", attrs: { type: "button", id: "documents-toggle", "aria-expanded": "false", "aria-controls": "documents-view" } });
  const sheet = h("section", { className: "documents-view", attrs: { id: "documents-view", "aria-label": "Documents" } });
  sheet.hidden = true;
  actions.prepend(toggle);
  stage.append(sheet);

  let facets: DocumentFacetsResponse | null = null;
  let listed: DocumentSummary[] = [];
  let total = 0;
  let request: AbortController | null = null;
  let shown: string | null = null;

  const update = (patch: Partial<Record<Field, string | undefined>>): void => {
    const view = state.get().documents;
    if (view) state.update({ documents: editView(view, patch) });
  };

  // The controls stay in place across renders, so the search box keeps its focus while the user types.
  const search = h("input", { className: "text-input documents-search", attrs: { type: "search", name: "documents-q", placeholder: "Search titles and text…", "aria-label": "Search titles and text" } });
  let typing: number | undefined;
  search.addEventListener("input", () => {
    window.clearTimeout(typing);
    typing = window.setTimeout(() => update({ q: search.value.trim() }), settings.searchDebounceMs);
  });
  const outletBox = h("span", { className: "documents-choice" });
  const categoryBox = h("span", { className: "documents-choice" });
  const from = h("input", { className: "text-input", attrs: { type: "date", name: "documents-from", "aria-label": "Published on or after" } });
  const to = h("input", { className: "text-input", attrs: { type: "date", name: "documents-to", "aria-label": "Published on or before" } });
  from.addEventListener("change", () => update({ from: from.value }));
  to.addEventListener("change", () => update({ to: to.value }));
  const undated = h("input", { attrs: { type: "checkbox", name: "documents-undated" } });
  const undatedText = h("span", { text: "Include undated" });
  undated.addEventListener("change", () => update({ undated: undated.checked ? undefined : "exclude" }));
  const sort = select("documents-sort", "Sort documents", [
    { value: "newest", text: "Newest first" },
    { value: "oldest", text: "Oldest first" },
    { value: "title", text: "By title" },
  ], "newest");
  sort.addEventListener("change", () => update({ sort: sort.value }));
  const close = h("button", { className: "panel-close", text: "×", attrs: { type: "button", "aria-label": "Close documents" } });
  close.addEventListener("click", () => state.update({ documents: null }));
  const context = h("p", { className: "documents-context" });
  const title = h("h2", { className: "documents-title", attrs: { role: "status" } });
  const list = h("ol", { className: "documents-list" });
  const more = h("button", { className: "tool documents-more", attrs: { type: "button", "data-action": "more-documents" } });
  more.addEventListener("click", () => void load(true));
  sheet.append(
    h("header", { className: "documents-header" }, [title, close]),
    context,
    h("div", { className: "documents-filters" }, [
      search,
      outletBox,
      categoryBox,
      h("label", { className: "documents-dates" }, [h("span", { className: "muted", text: "From" }), from]),
      h("label", { className: "documents-dates" }, [h("span", { className: "muted", text: "to" }), to]),
      h("label", { className: "filter-row documents-undated" }, [undated, undatedText]),
      sort,
    ]),
    list,
    more,
  );

  function renderChoices(view: DocumentsView): void {
    const outlets = facets?.outlets ?? [];
    const categories = facets?.categories ?? [];
    const outlet = select("documents-outlet", "Outlet", [{ value: "", text: "All outlets" }, ...outlets.map((o) => ({ value: o.name, text: `${o.name} (${formatCount(o.count)})` }))], view.outlet);
    outlet.addEventListener("change", () => update({ outlet: outlet.value }));
    const category = select("documents-category", "Category", [{ value: "", text: "All categories" }, ...categories.map((c) => ({ value: c.name, text: `${c.name} (${formatCount(c.count)})` }))], view.category);
    category.addEventListener("change", () => update({ category: category.value }));
    outletBox.replaceChildren(outlet);
    categoryBox.replaceChildren(category);
    undatedText.textContent = `Include ${formatCount(facets?.undated ?? 0)} undated`;
  }

  function renderContext(view: DocumentsView): void {
    if (!view.entity) {
      context.hidden = true;
      context.replaceChildren();
      return;
    }
    const clear = h("button", { className: "link-button", text: "All documents", attrs: { type: "button", "data-action": "documents-all" } });
    clear.addEventListener("click", () => update({ entity: undefined, neighbor: undefined }));
    const names = view.neighbor ? `${options.labelOf(view.entity)} and ${options.labelOf(view.neighbor)}` : options.labelOf(view.entity);
    context.hidden = false;
    context.replaceChildren(h("span", { className: "muted", text: view.neighbor ? "Sentences with " : "Mentioning " }), h("strong", { text: names }), " ", clear);
  }

  function row(doc: DocumentSummary): HTMLElement {
    const open = h("button", { className: "document-row", attrs: { type: "button", "data-id": doc.id } }, [
      h("span", { className: "document-title", text: doc.title ?? doc.id }),
      h("span", { className: "muted document-meta", text: [doc.outlet, doc.published ?? "undated", doc.category].filter(Boolean).join(" · ") }),
    ]);
    open.title = `Read ${documentLine(doc)}`;
    open.addEventListener("click", () => state.update({ reader: { document: doc.id, sentence: null } }));
    return h("li", {}, [open]);
  }

  function renderList(view: DocumentsView): void {
    title.textContent = listTitle(total, view, options.labelOf);
    list.replaceChildren(...listed.map(row));
    if (listed.length === 0) list.append(h("li", { className: "muted", text: "No document matches." }));
    more.hidden = listed.length >= total;
    more.textContent = `Show ${formatCount(Math.min(settings.documentsPageSize, total - listed.length))} more`;
  }

  /** Asks for the first page of the current view, or (`append`) the next one. */
  async function load(append: boolean): Promise<void> {
    const view = state.get().documents;
    if (view === null) return;
    request?.abort();
    const controller = (request = new AbortController());
    sheet.dataset.state = "loading";
    try {
      const page = await fetchDocuments(view, { offset: append ? listed.length : 0, limit: settings.documentsPageSize }, controller.signal);
      if (controller.signal.aborted) return;
      listed = append ? [...listed, ...page.documents] : page.documents;
      total = page.total;
      renderList(view);
      sheet.dataset.state = "ready";
    } catch (error) {
      if (controller.signal.aborted) return;
      sheet.dataset.state = "error";
      title.textContent = `Could not list the documents: ${error instanceof Error ? error.message : String(error)}`;
    }
  }

  async function open(view: DocumentsView, first: boolean): Promise<void> {
    if (first || facets === null) {
      // The choices (outlets, categories, undated count) of the whole corpus, once per opening.
      facets = await fetchDocumentFacets().catch((error: unknown) => (console.warn(error), null));
    }
    if (state.get().documents === null) return;
    if (document.activeElement !== search) search.value = view.q ?? "";
    from.value = view.from ?? "";
    to.value = view.to ?? "";
    undated.checked = view.undated !== "exclude";
    sort.value = view.sort ?? "newest";
    renderChoices(view);
    renderContext(view);
    await load(false);
  }

  function follow(view: DocumentsView | null): void {
    const key = view === null ? null : JSON.stringify(view);
    if (key === shown) return;
    const first = shown === null;
    shown = key;
    sheet.hidden = view === null;
    toggle.setAttribute("aria-expanded", String(view !== null));
    if (view === null) {
      request?.abort();
      delete sheet.dataset.state;
      return;
    }
    void open(view, first);
  }

  toggle.addEventListener("click", () => state.update({ documents: state.get().documents === null ? {} : null }));
  // Escape closes the list (the reader above it first: it handles its own Escape and stops it).
  window.addEventListener(
    "keydown",
    (event) => {
      if (event.key !== "Escape" || sheet.hidden || state.get().reader !== null) return;
      event.stopPropagation();
      state.update({ documents: null });
    },
    true,
  );
  state.subscribe((snapshot, changes) => {
    if (changes.has("documents")) follow(snapshot.documents);
  });
  follow(state.get().documents);
  return {
    refresh() {
      const view = state.get().documents;
      if (view !== null) void open(view, true);
    },
  };
}
