/** The panel's entity view: who the entity is, tools on it, and its neighbors by edge weight. */
import { ENTITY_TYPES, type EntitySummary, type EntityType, type NeighborsResponse } from "../../../server/src/types";
import { formatCount, h } from "../dom";
import type { ViewerSettings } from "../settings";

export interface EntityViewHandlers {
  onNeighbor(neighbor: string): void;
  onCenter(entity: string): void;
  onClose(): void;
  onNeighborType(type: EntityType | null): void;
  onEgo(on: boolean): void;
}

export interface EntityViewOptions {
  /** The type the neighbor list is filtered to (null: all). */
  neighborType: EntityType | null;
  ego: boolean;
  /** Sections added below the tools (path picker, curation), built by their features. */
  extras: HTMLElement[];
}

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
  ]);

  // Bars are relative to the heaviest listed edge, which the API puts first.
  const maxWeight = neighbors[0]?.weight ?? 1;
  const list = h(
    "ol",
    { className: "neighbors", attrs: { "aria-label": `Neighbors of ${entity.label}` } },
    neighbors.map((neighbor) => {
      const bar = h("span", { className: "bar", attrs: { "aria-hidden": "true" } });
      bar.style.setProperty("--share", String(neighbor.weight / maxWeight));
      const open = h("button", { className: `neighbor type-${neighbor.type}`, attrs: { type: "button", "data-id": neighbor.id } }, [
        h("span", { className: "swatch", attrs: { "aria-hidden": "true" } }),
        h("span", { className: "neighbor-label", text: neighbor.label }),
        h("span", { className: "neighbor-weight", text: plural(neighbor.weight, "sentence") }),
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
  return h("section", { className: "panel-view entity-view" }, [
    entityHeader(entity, settings, handlers.onClose),
    stats,
    aliases,
    tools,
    ...options.extras,
    h("h3", { className: "section-title" }, [shown, h("span", { className: "muted", text: " · by shared sentences" })]),
    typeFilter(options.neighborType, settings, handlers.onNeighborType),
    neighbors.length ? list : h("p", { className: "muted", text: "No co-occurring entities." }),
  ]);
}
