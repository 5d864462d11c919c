/** The list of evidence sentences, both entities' names marked: for an edge, and for each hop of a path. */
import type { EntitySummary, Evidence } from "../../../server/src/types";
import { h } from "../dom";
import { highlightNames } from "./highlight";

/** Every name an entity was seen under, to mark in a sentence. */
function namesOf(entity: EntitySummary | undefined): string[] {
  return entity ? [entity.label, ...entity.aliases] : [];
}

/** An ordered list of sentences with `a`'s names marked `name-a` and `b`'s `name-b`, each with its document. */
export function renderEvidenceList(evidence: Evidence[], a: EntitySummary | undefined, b: EntitySummary | undefined): HTMLElement {
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
        h("p", { className: "evidence-source" }, [
          h("span", { className: "document", text: item.document }),
          h("span", { className: "muted", text: ` · sentence ${item.sentence + 1}` }),
        ]),
      ]),
    ),
  );
}
