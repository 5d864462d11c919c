/** The panel's entity view: who the entity is, tools on it, and its neighbors by weight, documents or NPMI, paged. */
import { ENTITY_TYPES, type EntitySummary, type EntityType, type NeighborsResponse } from "../../../server/src/types";
import { NEIGHBOR_SORTS, type NeighborSort } from "../api/neighbors";
import { formatCount, h } from "../dom";
import type { ViewerSettings } from "../settings";

export interface EntityViewHandlers {
  onNeighbor(neighbor: string): void;
  onCenter(entity: string): void;
  onClose(): void;
  onNeighborType(type: EntityType | null): void;
  onNeighborSort(sort: NeighborSort): void;
  /** Lists the next page of neighbors. */
  onMoreNeighbors(): void;
  onEgo(on: boolean): void;
  /** Opens the documents list on the documents that mention the entity. */
  onDocuments(entity: string): void;
}

export interface EntityViewOptions {
  /** The type the neighbor list is filtered to (null: all). */
  neighborType: EntityType | null;
  neighborSort: NeighborSort;
  ego: boolean;
  /** Sections added below the tools (path picker, curation), built by their features. */
  extras: HTMLElement[];
}

const SORT_LABELS: Record<NeighborSort, string> = {
  weight: "by shared sentences",
  documents: "by shared documents",
  npmi: "by association (NPMI)",
};
const SORT_TEXT: Record<NeighborSort, (neighbor: NeighborsResponse["neighbors"][number]) => string> = {
  weight: (neighbor) => plural(neighbor.weight, "sentence"),
  documents: (neighbor) => plural(neighbor.documents, "document"),
  npmi: (neighbor) => `NPMI ${neighbor.npmi.toFixed(2)}`,
};
export function plural(count: number, word: string): string {
  return `${formatCount(count)} ${word}${count === 1 ? "" : "s"}`;
}

/** The header shared by the panel views: type badge, name, close button. */
export function entityHeader(entity: EntitySummary, settings: ViewerSettings, onClose: () => void): HTMLElement {
  const close = h("button", { className: "panel-close", text: "×", attrs: { type: "button", "aria-label": "Close panel" } });
  close.addEventListener("click", onClose);
  return h("header", { className: "panel-header" }, [
    h("span", { className: `badge type-${entity.type}`, text: settings.typeLabels[entity.type] }),
    h("h2", { className: "panel-title", text: entity.label }),
    close,
  ]);
}

function button(text: string, className: string, onClick: () => void, attrs: Record<string, string> = {}): HTMLButtonElement {
  const element = h("button", { className, text, attrs: { type: "button", ...attrs } });
  element.addEventListener("click", onClick);
  return element;
}

function typeFilter(selected: EntityType | null, settings: ViewerSettings, onChange: (type: EntityType | null) => void): HTMLElement {
  const options: (EntityType | null)[] = [null, ...ENTITY_TYPES];
  return h(
    "div",
    { className: "chips", attrs: { role: "group", "aria-label": "Show neighbors of type" } },
    options.map((type) =>
      button(type === null ? "All" : settings.typeLabels[type], `chip${type ? ` type-${type}` : ""}`, () => onChange(type), {
        "aria-pressed": String(type === selected),
        "data-type": type ?? "all",
      }),
    ),
  );
}

export function renderEntityView(
  response: NeighborsResponse,
  settings: ViewerSettings,
  handlers: EntityViewHandlers,
  options: EntityViewOptions,
): HTMLElement {
  const { entity, neighbors, total } = response;
  const stats = h("dl", { className: "stats" }, [
    h("div", {}, [h("dt", { text: "Mentions" }), h("dd", { text: formatCount(entity.mentions) })]),
    h("div", {}, [h("dt", { text: "Documents" }), h("dd", { text: formatCount(entity.documents) })]),
    h("div", {}, [h("dt", { text: "Connections" }), h("dd", { text: formatCount(entity.degree) })]),
  ]);

  const others = entity.aliases.filter((alias) => alias !== entity.label);
  const aliases = others.length
    ? h("p", { className: "aliases" }, [h("span", { className: "muted", text: "Also seen as " }), others.join(", ")])
    : h("p", { className: "aliases muted", text: "No other names seen." });

  const tools = h("div", { className: "panel-tools" }, [
    button("Center", "tool", () => handlers.onCenter(entity.id), { "data-action": "center", title: `Bring ${entity.label} into view` }),
    button("Ego network", "tool", () => handlers.onEgo(!options.ego), {
      "data-action": "ego",
      "aria-pressed": String(options.ego),
      title: "Show only this entity, its neighbors and the links among them",
    }),
    button("Documents", "tool", () => handlers.onDocuments(entity.id), { "data-action": "entity-documents", title: `List the documents that mention ${entity.label}` }),
  ]);

  // Bars are relative to the strongest listed neighbor by the measure the list is sorted on.
  const measure = (neighbor: NeighborsResponse["neighbors"][number]): number => Math.max(0, neighbor[options.neighborSort]);
  const maxMeasure = Math.max(Number.MIN_VALUE, ...neighbors.map(measure));
  const list = h(
    "ol",
    { className: "neighbors", attrs: { "aria-label": `Neighbors of ${entity.label}` } },
    neighbors.map((neighbor) => {
      const bar = h("span", { className: "bar", attrs: { "aria-hidden": "true" } });
      bar.style.setProperty("--share", String(measure(neighbor) / maxMeasure));
      const open = h("button", { className: `neighbor type-${neighbor.type}`, attrs: { type: "button", "data-id": neighbor.id } }, [
        h("span", { className: "swatch", attrs: { "aria-hidden": "true" } }),
        h("span", { className: "neighbor-label", text: neighbor.label }),
        h("span", { className: "neighbor-weight", text: SORT_TEXT[options.neighborSort](neighbor) }),
        bar,
      ]);
      open.title = `Show the sentences where ${entity.label} and ${neighbor.label} appear together`;
      open.addEventListener("click", () => handlers.onNeighbor(neighbor.id));
      const center = button("→", "neighbor-center", () => handlers.onCenter(neighbor.id), {
        "aria-label": `Go to ${neighbor.label}`,
        title: `Go to ${neighbor.label}`,
      });
      return h("li", { className: "neighbor-row" }, [open, center]);
    }),
  );

  const shown = neighbors.length < total ? `Top ${neighbors.length} of ${formatCount(total)} neighbors` : plural(total, "neighbor");
  const sort = h(
    "select",
    { className: "text-input neighbor-sort", attrs: { name: "neighbor-sort", "aria-label": "Sort neighbors by" } },
    NEIGHBOR_SORTS.map((key) => {
      const option = h("option", { text: SORT_LABELS[key], attrs: { value: key } });
      option.selected = key === options.neighborSort;
      return option;
    }),
  );
  sort.addEventListener("change", () => handlers.onNeighborSort(sort.value as NeighborSort));
  const more =
    neighbors.length < total
      ? button(`Show ${formatCount(Math.min(total - neighbors.length, settings.neighborsLimit))} more`, "tool neighbors-more", handlers.onMoreNeighbors, { "data-action": "more-neighbors" })
      : null;
  return h("section", { className: "panel-view entity-view" }, [
    entityHeader(entity, settings, handlers.onClose),
    stats,
    aliases,
    tools,
    ...options.extras,
    h("h3", { className: "section-title" }, [shown, " ", sort]),
    typeFilter(options.neighborType, settings, handlers.onNeighborType),
    neighbors.length ? list : h("p", { className: "muted", text: "No co-occurring entities." }),
    ...(more ? [more] : []),
  ]);
}
