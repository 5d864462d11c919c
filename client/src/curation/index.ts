/**
 * Curation tools in the panel: rename, retype, merge into another entity (picked by search), hide,
 * and undo. Each decision goes to the API; the caller then reloads the graph, keeping positions.
 */
import { ENTITY_TYPES, type CurationAction, type CurationExport, type EntitySummary } from "../../../server/src/types";
import { CURATION_EXPORT_URL, curate, importCuration, undoCuration } from "../api";
import { h } from "../dom";
import { downloadWithToken } from "../export";
import { mountSearch } from "../search";

export { findDuplicates, type DuplicateSuggestion } from "./duplicates";
export { createCurationFlow, PartialCurationError, type CurationFlow } from "./flow";
export { hiddenEntities } from "./hidden";
export { mountReview } from "./review";
export { mountToast, type Toast } from "./toast";
import type { ViewerSettings } from "../settings";

export interface CurationHandlers {
  /** After a decision or an undo: reload, then select `entity` (null: nothing to select); `undoable` offers Undo. */
  onDone(entity: string | null, message: string, undoable: boolean): Promise<void>;
  onError(message: string): void;
}

function field(label: string, control: HTMLElement, submit: HTMLButtonElement): HTMLElement {
  return h("div", { className: "curation-field" }, [h("label", { className: "curation-label" }, [label, control]), submit]);
}

/** The "Curate" section of the entity view. */
export function renderCuration(entity: EntitySummary, settings: ViewerSettings, handlers: CurationHandlers): HTMLElement {
  async function run(action: CurationAction, describe: string): Promise<void> {
    try {
      const response = await curate(action);
      await handlers.onDone(response.entity?.id ?? null, describe, true);
    } catch (error) {
      handlers.onError(error instanceof Error ? error.message : String(error));
    }
  }

  const rename = h("input", { className: "text-input", attrs: { type: "text", name: "label", value: entity.label, "data-field": "rename" } });
  const renameButton = h("button", { className: "tool", text: "Rename", attrs: { type: "button", "data-action": "rename" } });
  renameButton.addEventListener("click", () => {
    const label = rename.value.trim();
    if (label && label !== entity.label) void run({ kind: "rename", entity: entity.id, label }, `Renamed to “${label}”.`);
  });

  const retype = h(
    "select",
    { className: "text-input", attrs: { name: "type", "data-field": "retype" } },
    ENTITY_TYPES.map((type) => {
      const option = h("option", { text: settings.typeLabels[type], attrs: { value: type } });
      option.selected = type === entity.type;
      return option;
    }),
  );
  const retypeButton = h("button", { className: "tool", text: "Change type", attrs: { type: "button", "data-action": "retype" } });
  retypeButton.addEventListener("click", () => {
    const type = retype.value as EntitySummary["type"];
    if (type !== entity.type) void run({ kind: "retype", entity: entity.id, type }, `Now a ${settings.typeLabels[type].toLowerCase()}.`);
  });

  const mergeBox = h("div", { className: "search curation-search" });
  mountSearch(mergeBox, {
    settings,
    id: "merge-search",
    label: `Merge ${entity.label} into`,
    placeholder: "Merge into… (search)",
    exclude: () => new Set([entity.id]),
    onPick: (into) => void run({ kind: "merge", entity: entity.id, into: into.id }, `Merged ${entity.label} into ${into.label}.`),
  });

  const hide = h("button", { className: "tool danger", text: "Hide entity", attrs: { type: "button", "data-action": "hide" } });
  hide.addEventListener("click", () => void run({ kind: "hide", entity: entity.id }, `Hid ${entity.label}.`));

  const undo = h("button", { className: "tool", text: "Undo last change", attrs: { type: "button", "data-action": "undo" } });
  undo.addEventListener("click", async () => {
    try {
      const response = await undoCuration();
      const action = response.decision?.action;
      await handlers.onDone(response.entity?.id ?? action?.entity ?? null, "Undone.", false);
    } catch (error) {
      handlers.onError(error instanceof Error ? error.message : String(error));
    }
  });

  // Decisions travel as a JSON file: download them, or replace them with an imported file.
  const download = h("a", { className: "tool", text: "Download decisions", attrs: { href: CURATION_EXPORT_URL, download: "entente-curation.json", "data-action": "curation-export" } });
  downloadWithToken(download);
  const file = h("input", { attrs: { type: "file", accept: ".json,application/json", "aria-label": "Import decisions from a JSON file", "data-field": "curation-import" } });
  file.addEventListener("change", async () => {
    const chosen = file.files?.[0];
    if (!chosen) return;
    try {
      const parsed = JSON.parse(await chosen.text()) as CurationExport;
      await importCuration(parsed);
      await handlers.onDone(entity.id, `Imported ${parsed.decisions?.length ?? 0} decisions from ${chosen.name}.`, false);
    } catch (error) {
      handlers.onError(error instanceof Error ? error.message : String(error));
    }
  });
  const importLabel = h("label", { className: "tool" }, ["Import decisions…", file]);

  return h("details", { className: "curation" }, [
    h("summary", { text: "Curate this entity" }),
    field("Name ", rename, renameButton),
    field("Type ", retype, retypeButton),
    h("div", { className: "curation-field" }, [mergeBox]),
    h("div", { className: "curation-field" }, [hide, undo]),
    h("div", { className: "curation-field" }, [download, importLabel]),
  ]);
}
