/**
 * Bulk curation from the entities table: rows are ticked, then merged into one of them or hidden,
 * each as its own decision, with one reload and one Undo for the lot.
 */
import type { CurationAction } from "../../../server/src/types";
import type { CurationFlow } from "../curation";
import { formatCount, h } from "../dom";
import type { EntityGraph } from "../graph";

export interface BulkBar {
  readonly element: HTMLElement;
  /** The ticked entity ids (kept across renders, dropped when the graph no longer has them). */
  readonly selected: Set<string>;
  /** Brings the bar in step with the selection and `graph` (labels and counts). */
  sync(graph: EntityGraph): void;
}

/** The actions that merge every other entity of `ids` into `into`. */
export function mergeActions(ids: Iterable<string>, into: string): CurationAction[] {
  return [...ids].filter((id) => id !== into).map((entity) => ({ kind: "merge", entity, into }));
}

/** The actions that hide each of `ids`. */
export function hideActions(ids: Iterable<string>): CurationAction[] {
  return [...ids].map((entity) => ({ kind: "hide", entity }));
}

export function createBulkBar(flow: CurationFlow, graph: () => EntityGraph, onChange: () => void): BulkBar {
  const selected = new Set<string>();
  const count = h("span", { className: "muted table-bulk-count", attrs: { "data-role": "selection-count" } });
  const into = h("select", { className: "text-input table-bulk-into", attrs: { name: "merge-into", "aria-label": "Entity that the other selected ones merge into" } });
  const merge = h("button", { className: "tool", text: "Merge selected into", attrs: { type: "button", "data-action": "bulk-merge" } });
  const hide = h("button", { className: "tool danger", text: "Hide selected", attrs: { type: "button", "data-action": "bulk-hide" } });
  const clear = h("button", { className: "link-button", text: "Clear", attrs: { type: "button", "data-action": "bulk-clear" } });
  const status = h("span", { className: "table-bulk-status", attrs: { role: "status" } });
  const element = h("div", { className: "table-bulk", attrs: { role: "group", "aria-label": "Selected entities" } }, [count, merge, into, hide, clear, status]);

  const label = (id: string): string => (graph().hasNode(id) ? graph().getNodeAttribute(id, "label") : id);

  async function run(actions: CurationAction[], message: string): Promise<void> {
    if (actions.length === 0) return;
    merge.disabled = hide.disabled = true;
    status.textContent = "Working…";
    try {
      await flow.decideAll(actions, message);
      status.textContent = "";
      selected.clear();
    } catch (error) {
      status.textContent = error instanceof Error ? error.message : String(error);
    }
    onChange();
  }

  merge.addEventListener("click", () => {
    const target = into.value;
    const actions = mergeActions(selected, target);
    void run(actions, `Merged ${formatCount(actions.length)} ${actions.length === 1 ? "entity" : "entities"} into ${label(target)}.`);
  });
  hide.addEventListener("click", () => {
    const actions = hideActions(selected);
    void run(actions, `Hid ${formatCount(actions.length)} ${actions.length === 1 ? "entity" : "entities"}.`);
  });
  clear.addEventListener("click", () => {
    selected.clear();
    onChange();
  });

  function sync(current: EntityGraph): void {
    for (const id of selected) if (!current.hasNode(id)) selected.delete(id);
    const ids = [...selected];
    count.textContent = ids.length === 0 ? "Tick rows to merge or hide them" : `${formatCount(ids.length)} selected`;
    // The merge target is one of the selected, the most mentioned first: the usual survivor of duplicates.
    const previous = into.value;
    ids.sort((a, b) => current.getNodeAttribute(b, "mentions") - current.getNodeAttribute(a, "mentions"));
    into.replaceChildren(...ids.map((id) => h("option", { text: label(id), attrs: { value: id } })));
    if (ids.includes(previous)) into.value = previous;
    merge.disabled = ids.length < 2;
    into.disabled = ids.length < 2;
    hide.disabled = ids.length === 0;
    clear.hidden = ids.length === 0;
  }

  return { element, selected, sync };
}
