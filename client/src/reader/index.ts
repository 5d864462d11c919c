/**
 * The article reader: a document's text as written, every entity mention marked and linked (a
 * click selects the entity), and the evidence sentence it was opened on scrolled into view and
 * marked. It follows the state's `reader` field, so back and forward open and close it.
 */
import type { DocumentResponse } from "../../../server/src/types";
import { fetchDocument } from "../api/documents";
import { formatCount, h } from "../dom";
import type { ViewerSettings } from "../settings";
import type { ReaderView, ViewerState } from "../state";
import { readerStretches, type Stretch } from "./utils";

export { documentLine, readerStretches, type Piece, type Stretch } from "./utils";

export interface ReaderOptions {
  state: ViewerState;
  settings: ViewerSettings;
  /** The entity's label when it is in the graph shown (a hidden or merged-away one has no node to select). */
  labelOf(entity: string): string | undefined;
  /** Selects an entity and brings it into view. */
  onOpenEntity(entity: string): void;
}

/** The text as sentence spans holding mention links (buttons) and marks; never HTML from the document. */
function renderText(stretches: Stretch[], marked: number | null, options: ReaderOptions): HTMLElement {
  return h(
    "div",
    { className: "reader-text" },
    stretches.map((stretch) => {
      const pieces = stretch.pieces.map((piece) => {
        const mention = piece.mention;
        if (!mention) return piece.text;
        const label = options.labelOf(mention.entity);
        const type = options.settings.typeLabels[mention.type];
        if (label === undefined) {
          return h("mark", { className: `mention type-${mention.type}`, text: piece.text, attrs: { "data-entity": mention.entity, title: `${type} (not in the graph shown)` } });
        }
        const link = h("button", { className: `mention type-${mention.type}`, text: piece.text, attrs: { type: "button", "data-entity": mention.entity, title: `${type}: select ${label}` } });
        link.addEventListener("click", () => {
          options.state.update({ reader: null });
          options.onOpenEntity(mention.entity);
        });
        return link;
      });
      if (stretch.sentence === null) return h("span", { className: "reader-gap" }, pieces);
      const marks = stretch.sentence === marked;
      return h("span", { className: `reader-sentence${marks ? " is-evidence" : ""}`, attrs: { "data-sentence": String(stretch.sentence) } }, pieces);
    }),
  );
}

export function mountReader(stage: HTMLElement, options: ReaderOptions): void {
  const { state } = options;
  const sheet = h("section", { className: "reader-view", attrs: { id: "reader", role: "dialog", "aria-label": "Article" } });
  sheet.hidden = true;
  stage.append(sheet);
  let shown: ReaderView | null = null;
  let pending: AbortController | null = null;
  /** What had the focus when the reader opened (an evidence link, a listed document), given it back on close. */
  let opener: HTMLElement | null = null;

  function header(doc: DocumentResponse | null, view: ReaderView): HTMLElement {
    const close = h("button", { className: "panel-close", text: "×", attrs: { type: "button", "aria-label": "Close article" } });
    close.addEventListener("click", () => state.update({ reader: null }));
    const meta = doc
      ? [doc.outlet, doc.published ?? "undated", doc.category, doc.path].filter((part): part is string => Boolean(part)).join(" · ")
      : "";
    // Only a web address becomes a link: a stored `javascript:` URL must never run on a click.
    const original = doc?.url !== undefined && /^https?:\/\//i.test(doc.url) ? h("a", { className: "link-button reader-original", text: "Original article", attrs: { href: doc.url, target: "_blank", rel: "noopener noreferrer" } }) : null;
    return h("header", { className: "reader-header" }, [
      h("div", { className: "reader-heading" }, [
        h("h2", { className: "reader-title", text: doc ? (doc.title ?? doc.id) : view.document }),
        h("p", { className: "muted reader-meta", text: meta }),
        ...(original ? [original] : []),
      ]),
      close,
    ]);
  }

  async function render(view: ReaderView | null): Promise<void> {
    const wasOpen = shown !== null;
    shown = view;
    pending?.abort();
    sheet.hidden = view === null;
    delete sheet.dataset.state;
    if (view === null) {
      sheet.replaceChildren();
      if (opener?.isConnected) opener.focus({ preventScroll: true });
      opener = null;
      return;
    }
    if (!wasOpen && document.activeElement instanceof HTMLElement && !sheet.contains(document.activeElement)) opener = document.activeElement;
    const controller = (pending = new AbortController());
    sheet.dataset.state = "loading";
    sheet.replaceChildren(header(null, view), h("p", { className: "panel-message muted", text: "Loading the article…" }));
    try {
      const doc = await fetchDocument(view.document, controller.signal);
      if (controller.signal.aborted) return;
      const marked = view.sentence !== null && view.sentence < doc.sentences.length ? view.sentence : null;
      const text = renderText(readerStretches(doc.text, doc.sentences, doc.mentions), marked, options);
      const entities = new Set(doc.mentions.map((m) => m.entity)).size;
      const summary = h("p", { className: "muted reader-summary", text: `${formatCount(doc.mentions.length)} mentions of ${formatCount(entities)} entities, each marked; a click selects it.` });
      sheet.replaceChildren(header(doc, view), summary, text);
      sheet.dataset.state = "ready";
      sheet.dataset.document = doc.id;
      const evidence = text.querySelector<HTMLElement>(".is-evidence");
      // The sentence the analyst came to check, in the middle of the sheet; else the top of the article.
      if (evidence) evidence.scrollIntoView({ block: "center" });
      else text.scrollTop = 0;
      sheet.querySelector<HTMLElement>(".panel-close")?.focus({ preventScroll: true });
    } catch (error) {
      if (controller.signal.aborted) return;
      sheet.dataset.state = "error";
      sheet.replaceChildren(header(null, view), h("p", { className: "panel-message error", text: `Could not open the article: ${error instanceof Error ? error.message : String(error)}` }));
    }
  }

  state.subscribe((snapshot, changes) => {
    if (changes.has("reader") && JSON.stringify(snapshot.reader) !== JSON.stringify(shown)) void render(snapshot.reader);
  });
  // Escape closes the reader first, before the panel and the graph hear it (capture, on window).
  window.addEventListener(
    "keydown",
    (event) => {
      if (event.key !== "Escape" || sheet.hidden) return;
      event.stopPropagation();
      state.update({ reader: null });
    },
    true,
  );
  if (state.get().reader !== null) void render(state.get().reader);
}
