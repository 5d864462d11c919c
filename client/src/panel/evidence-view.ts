/** The panel's evidence view: the sentences behind one edge, both names marked, documents named. */
import type { EntitySummary, EvidenceResponse } from "../../../server/src/types";
import { formatCount, h } from "../dom";
import type { ViewerSettings } from "../settings";
import { highlightNames } from "./highlight";

export interface EvidenceViewHandlers {
  onBack(): void;
  onSelect(entity: string): void;
}

function namesOf(entity: EntitySummary): string[] {
  return [entity.label, ...entity.aliases];
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

  const sentences = h(
    "ol",
    { className: "evidence" },
    response.evidence.map((item) =>
      h("li", { className: "evidence-item" }, [
        h("blockquote", { className: "evidence-text" }, [
          highlightNames(item.text, [
            { names: namesOf(from), className: "name-a" },
            { names: namesOf(to), className: "name-b" },
          ]),
        ]),
        h("p", { className: "evidence-source" }, [
          h("span", { className: "document", text: item.document }),
          h("span", { className: "muted", text: ` · sentence ${item.sentence + 1}` }),
        ]),
      ]),
    ),
  );

  const sentenceWord = response.weight === 1 ? "sentence" : "sentences";
  const documentWord = response.documents === 1 ? "document" : "documents";
  return h("section", { className: "panel-view evidence-view" }, [
    h("div", { className: "panel-nav" }, [back, goTo]),
    title,
    h("p", {
      className: "muted",
      text: `Together in ${formatCount(response.weight)} ${sentenceWord} across ${formatCount(response.documents)} ${documentWord}.`,
    }),
    sentences,
  ]);
}
