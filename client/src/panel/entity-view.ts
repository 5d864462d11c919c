/** The panel's entity view: who the entity is, and its neighbors by edge weight. */
import type { EntitySummary, NeighborsResponse } from "../../../server/src/types";
import { formatCount, h } from "../dom";
import type { ViewerSettings } from "../settings";

export interface EntityViewHandlers {
  onNeighbor(neighbor: string): void;
  onClose(): void;
}

function plural(count: number, word: string): string {
  return `${formatCount(count)} ${word}${count === 1 ? "" : "s"}`;
}

/** The header shared by the entity and evidence views: type badge, name, close button. */
export function entityHeader(entity: EntitySummary, settings: ViewerSettings, onClose: () => void): HTMLElement {
  const close = h("button", { className: "panel-close", text: "×", attrs: { type: "button", "aria-label": "Close panel" } });
  close.addEventListener("click", onClose);
  return h("header", { className: "panel-header" }, [
    h("span", { className: `badge type-${entity.type}`, text: settings.typeLabels[entity.type] }),
    h("h2", { className: "panel-title", text: entity.label }),
    close,
  ]);
}

export function renderEntityView(response: NeighborsResponse, settings: ViewerSettings, handlers: EntityViewHandlers): HTMLElement {
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

  // Bars are relative to the heaviest listed edge, which the API puts first.
  const maxWeight = neighbors[0]?.weight ?? 1;
  const list = h(
    "ol",
    { className: "neighbors", attrs: { "aria-label": `Neighbors of ${entity.label}` } },
    neighbors.map((neighbor) => {
      const bar = h("span", { className: "bar", attrs: { "aria-hidden": "true" } });
      bar.style.setProperty("--share", String(neighbor.weight / maxWeight));
      const button = h("button", { className: `neighbor type-${neighbor.type}`, attrs: { type: "button", "data-id": neighbor.id } }, [
        h("span", { className: "swatch", attrs: { "aria-hidden": "true" } }),
        h("span", { className: "neighbor-label", text: neighbor.label }),
        h("span", { className: "neighbor-weight", text: plural(neighbor.weight, "sentence") }),
        bar,
      ]);
      button.title = `Show the sentences where ${entity.label} and ${neighbor.label} appear together`;
      button.addEventListener("click", () => handlers.onNeighbor(neighbor.id));
      return h("li", {}, [button]);
    }),
  );

  const shown = neighbors.length < total ? `Top ${neighbors.length} of ${formatCount(total)} neighbors` : plural(total, "neighbor");
  return h("section", { className: "panel-view entity-view" }, [
    entityHeader(entity, settings, handlers.onClose),
    stats,
    aliases,
    h("h3", { className: "section-title" }, [shown, h("span", { className: "muted", text: " · by shared sentences" })]),
    neighbors.length ? list : h("p", { className: "muted", text: "No co-occurring entities." }),
  ]);
}
