/**
 * The review sheet: likely duplicates in the graph, each merged in one click, and the hidden
 * entities from the decisions log, each shown again by an unhide decision (any of them, at any
 * time; undo would only take back the latest).
 */
import type { CurationAction } from "../../../server/src/types";
import { fetchDecisions } from "../api/curation-log";
import type { Viewer } from "../app";
import { formatCount, h } from "../dom";
import type { ViewerSettings } from "../settings";
import { findDuplicates, type Candidate, type DuplicateReason } from "./duplicates";
import type { CurationFlow } from "./flow";
import { hiddenEntities } from "./hidden";

const REASONS: Record<DuplicateReason, string> = {
  surname: "same person, shorter name",
  acronym: "acronym and long form",
  folded: "same name, other spelling",
  type: "same name under two types",
};

export interface ReviewOptions {
  viewer: Viewer;
  settings: ViewerSettings;
  flow: CurationFlow;
}

/** A hidden entity's id is `<type>:<slug>`: its slug, spaced and capitalized, is the best name left once it is gone. */
function nameFromId(id: string): string {
  const slug = id.slice(id.indexOf(":") + 1);
  return slug.split("-").map((word) => word.charAt(0).toUpperCase() + word.slice(1)).join(" ");
}

export function mountReview(actions: HTMLElement, stage: HTMLElement, { viewer, settings, flow }: ReviewOptions): void {
  const toggle = h("button", { className: "button", text: "Review", attrs: { type: "button", id: "review-toggle", "aria-expanded": "false", "aria-controls": "review-view", title: "Likely duplicates and hidden entities" } });
  const sheet = h("section", { className: "table-view review-view", attrs: { id: "review-view", "aria-label": "Review curation" } });
  sheet.hidden = true;
  actions.prepend(toggle);
  stage.append(sheet);
  const close = h("button", { className: "panel-close", text: "×", attrs: { type: "button", "aria-label": "Close review" } });
  close.addEventListener("click", () => show(false));
  const status = h("p", { className: "panel-notice", attrs: { role: "status" } });
  const duplicates = h("section", { className: "review-section", attrs: { "data-section": "duplicates" } });
  const hidden = h("section", { className: "review-section", attrs: { "data-section": "hidden" } });
  sheet.append(h("header", { className: "table-header" }, [h("h2", { className: "section-title", text: "Review" }), status, close]), h("div", { className: "table-scroll review-body" }, [duplicates, hidden]));

  async function act(action: CurationAction, message: string): Promise<void> {
    status.textContent = "";
    try {
      await flow.decide(action, message);
    } catch (error) {
      status.textContent = error instanceof Error ? error.message : String(error);
    }
  }

  function renderDuplicates(): void {
    const graph = viewer.graph();
    const entities: Candidate[] = graph.mapNodes((id, { label, type, mentions }) => ({ id, label, type, mentions }));
    const found = findDuplicates(entities, settings.duplicateLimit);
    duplicates.replaceChildren(
      h("h3", { className: "section-title", text: `Possible duplicates (${formatCount(found.length)})` }),
      found.length === 0
        ? h("p", { className: "muted", text: "None found." })
        : h(
            "ul",
            { className: "review-list" },
            found.map(({ from, into, reason }) => {
              const merge = h("button", { className: "tool", text: "Merge", attrs: { type: "button", "data-action": "merge-suggestion", "data-from": from.id, "data-into": into.id } });
              merge.title = `Merge ${from.label} into ${into.label}`;
              merge.addEventListener("click", () => void act({ kind: "merge", entity: from.id, into: into.id }, `Merged ${from.label} into ${into.label}.`));
              return h("li", { className: "review-item" }, [
                h("span", { className: `badge type-${from.type}`, text: settings.typeLabels[from.type] }),
                h("span", { text: `${from.label} (${formatCount(from.mentions)})` }),
                h("span", { className: "muted", text: " → " }),
                h("span", { className: `badge type-${into.type}`, text: settings.typeLabels[into.type] }),
                h("span", { text: `${into.label} (${formatCount(into.mentions)})` }),
                h("span", { className: "muted review-reason", text: REASONS[reason] }),
                merge,
              ]);
            }),
          ),
    );
  }

  async function renderHidden(): Promise<void> {
    const { decisions } = await fetchDecisions();
    const hides = hiddenEntities(decisions);
    hidden.replaceChildren(
      h("h3", { className: "section-title", text: `Hidden entities (${formatCount(hides.length)})` }),
      hides.length === 0
        ? h("p", { className: "muted", text: "Nothing is hidden." })
        : h(
            "ul",
            { className: "review-list" },
            hides.map((entity) => {
              const name = nameFromId(entity);
              const unhide = h("button", { className: "tool", text: "Unhide", attrs: { type: "button", "data-action": "unhide", "data-id": entity } });
              unhide.title = `Show ${name} again`;
              unhide.addEventListener("click", () => {
                unhide.disabled = true;
                void act({ kind: "unhide", entity }, `${name} is shown again.`);
              });
              return h("li", { className: "review-item", attrs: { "data-id": entity } }, [h("span", { text: name }), h("span", { className: "muted", text: entity }), unhide]);
            }),
          ),
    );
  }

  function render(): void {
    if (sheet.hidden) return;
    renderDuplicates();
    renderHidden().catch((error: unknown) => (status.textContent = `Could not read the decisions: ${error instanceof Error ? error.message : String(error)}`));
  }
  function show(open: boolean): void {
    sheet.hidden = !open;
    toggle.setAttribute("aria-expanded", String(open));
    render();
  }
  toggle.addEventListener("click", () => show(sheet.hidden));
  // A reload after a decision brings a new graph: the lists follow it.
  let graph = viewer.graph();
  viewer.onModel(() => {
    if (viewer.graph() === graph) return;
    graph = viewer.graph();
    render();
  });
}
