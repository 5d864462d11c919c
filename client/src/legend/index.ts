/** The legend: one swatch per entity type, in the colors the node reducer uses. */
import type { EntityType } from "../../../server/src/types";
import { formatCount, h } from "../dom";
import type { EntityGraph } from "../graph";
import type { ViewerSettings } from "../settings";

function typesOf(settings: ViewerSettings): EntityType[] {
  return Object.keys(settings.typeColors) as EntityType[];
}

/**
 * Publishes the type colors as CSS variables (`--color-person`, ...), so swatches and badges in
 * the header and panel come from the same settings as the graph.
 */
export function applyTypeColors(root: HTMLElement, settings: ViewerSettings): void {
  for (const type of typesOf(settings)) root.style.setProperty(`--color-${type}`, settings.typeColors[type]);
}

export function mountLegend(list: HTMLElement, graph: EntityGraph, settings: ViewerSettings): void {
  const counts = new Map<EntityType, number>();
  graph.forEachNode((_node, { type }) => counts.set(type, (counts.get(type) ?? 0) + 1));
  list.replaceChildren(
    ...typesOf(settings).map((type) =>
      h("li", { className: `legend-item type-${type}`, attrs: { "data-type": type } }, [
        h("span", { className: "swatch", attrs: { "aria-hidden": "true" } }),
        settings.typeLabels[type],
        h("span", { className: "legend-count", text: formatCount(counts.get(type) ?? 0) }),
      ]),
    ),
  );
}
