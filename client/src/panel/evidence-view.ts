/** The panel's evidence view: the sentences behind one edge, both names marked, documents named. */
import type { EvidenceResponse } from "../../../server/src/types";
import { formatCount, h } from "../dom";
import type { ViewerSettings } from "../settings";
import { renderEvidenceList, type ReadHandler } from "./evidence-list";

export interface EvidenceViewHandlers {
  onBack(): void;
  onSelect(entity: string): void;
  /** Opens the reader on a sentence. */
  onRead: ReadHandler;
  /** Opens the documents list on the documents with a sentence of both. */
  onDocuments(entity: string, neighbor: string): void;
}

/** `selected` tells which end of the edge the user came from, so the back button names it. */
export function renderEvidenceView(
  response: EvidenceResponse,
  selected: string,
  settings: ViewerSettings,
  handlers: EvidenceViewHandlers,
): HTMLElement {
  const [from, to] = response.source.id === selected ? [response.source, response.target] : [response.target, response.source];

  const back = h("button", { className: "panel-back", text: `← ${from.label}`, attrs: { type: "button" } });
  back.addEventListener("click", handlers.onBack);

  const goTo = h("button", { className: `entity-link type-${to.type}`, attrs: { type: "button" } }, [
    h("span", { className: "swatch", attrs: { "aria-hidden": "true" } }),
    `Open ${to.label}`,
  ]);
  goTo.addEventListener("click", () => handlers.onSelect(to.id));

  const title = h("h2", { className: "panel-title evidence-title" }, [
    h("mark", { className: "name-a", text: from.label }),
    h("span", { className: "muted", text: " and " }),
    h("mark", { className: "name-b", text: to.label }),
  ]);

  const sentences = renderEvidenceList(response.evidence, from, to, handlers.onRead);
  const documents = h("button", { className: "tool", text: "Documents with both", attrs: { type: "button", "data-action": "pair-documents", title: `List the documents with a sentence naming ${from.label} and ${to.label}` } });
  documents.addEventListener("click", () => handlers.onDocuments(from.id, to.id));

  const sentenceWord = response.weight === 1 ? "sentence" : "sentences";
  const documentWord = response.documents === 1 ? "document" : "documents";
  return h("section", { className: "panel-view evidence-view" }, [
    h("div", { className: "panel-nav" }, [back, goTo, documents]),
    title,
    h("p", {
      className: "muted",
      text: `Together in ${formatCount(response.weight)} ${sentenceWord} across ${formatCount(response.documents)} ${documentWord}.`,
    }),
    sentences,
  ]);
}
