/** The list of evidence sentences, both entities' names marked: for an edge, and for each hop of a path. */
import type { EntitySummary, Evidence } from "../../../server/src/types";
import { h } from "../dom";
import { highlightNames } from "./highlight";

/** Every name an entity was seen under, to mark in a sentence. */
function namesOf(entity: EntitySummary | undefined): string[] {
  return entity ? [entity.label, ...entity.aliases] : [];
}

/** Opens the article reader on one sentence of a document. */
export type ReadHandler = (document: string, sentence: number) => void;

/** The document a sentence comes from, as a link to the reader: title (or id), outlet, date, sentence number. */
function source(item: Evidence, onRead: ReadHandler): HTMLElement {
  const open = h("button", { className: "evidence-document", attrs: { type: "button", "data-document": item.document, "data-sentence": String(item.sentence) } }, [
    h("span", { className: "document", text: item.title ?? item.document }),
  ]);
  open.title = "Read the article, this sentence marked";
  open.addEventListener("click", () => onRead(item.document, item.sentence));
  const details = [item.outlet, item.published ?? "undated", `sentence ${item.sentence + 1}`].filter((part): part is string => Boolean(part));
  return h("p", { className: "evidence-source" }, [open, h("span", { className: "muted", text: ` · ${details.join(" · ")}` })]);
}

/** An ordered list of sentences with `a`'s names marked `name-a` and `b`'s `name-b`, each with its document. */
export function renderEvidenceList(evidence: Evidence[], a: EntitySummary | undefined, b: EntitySummary | undefined, onRead: ReadHandler): HTMLElement {
  return h(
    "ol",
    { className: "evidence" },
    evidence.map((item) =>
      h("li", { className: "evidence-item" }, [
        h("blockquote", { className: "evidence-text" }, [
          highlightNames(item.text, [
            { names: namesOf(a), className: "name-a" },
            { names: namesOf(b), className: "name-b" },
          ]),
        ]),
        source(item, onRead),
      ]),
    ),
  );
}
