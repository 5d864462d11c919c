/** The panel's path view: the chain of entities from one to the other, with each hop's evidence. */
import type { PathResponse } from "../../../server/src/types";
import { h } from "../dom";
import type { ViewerSettings } from "../settings";
import { renderEvidenceList, type ReadHandler } from "./evidence-list";
import { plural } from "./entity-view";

export interface PathViewHandlers {
  onClose(): void;
  onOpen(entity: string): void;
  /** Opens the reader on a sentence. */
  onRead: ReadHandler;
}

export function renderPathView(response: PathResponse, settings: ViewerSettings, handlers: PathViewHandlers): HTMLElement {
  const byId = new Map(response.nodes.map((node) => [node.id, node]));
  const close = h("button", { className: "panel-close", text: "×", attrs: { type: "button", "aria-label": "Close path" } });
  close.addEventListener("click", handlers.onClose);
  const header = h("header", { className: "panel-header" }, [
    h("span", { className: "badge path-badge", text: "Shortest path" }),
    h("h2", { className: "panel-title", text: `${byId.get(response.from)?.label ?? response.from} → ${byId.get(response.to)?.label ?? response.to}` }),
    close,
  ]);
  if (response.nodes.length === 0) {
    return h("section", { className: "panel-view path-view" }, [
      header,
      h("p", { className: "panel-message muted", text: "These two entities are not connected in this graph." }),
    ]);
  }

  const chain = h(
    "ol",
    { className: "path-chain", attrs: { "aria-label": "Entities along the path" } },
    response.nodes.map((node) => {
      const open = h("button", { className: `entity-link type-${node.type}`, attrs: { type: "button", "data-id": node.id } }, [
        h("span", { className: "swatch", attrs: { "aria-hidden": "true" } }),
        node.label,
      ]);
      open.addEventListener("click", () => handlers.onOpen(node.id));
      return h("li", {}, [open]);
    }),
  );

  const hops = response.hops.map((hop, i) => {
    const source = byId.get(hop.source);
    const target = byId.get(hop.target);
    return h("section", { className: "path-hop", attrs: { "data-hop": String(i) } }, [
      h("h3", { className: "section-title" }, [
        h("mark", { className: "name-a", text: source?.label ?? hop.source }),
        " – ",
        h("mark", { className: "name-b", text: target?.label ?? hop.target }),
        h("span", { className: "muted", text: ` · ${plural(hop.weight, "sentence")}` }),
      ]),
      renderEvidenceList(hop.evidence, source, target, handlers.onRead),
    ]);
  });

  return h("section", { className: "panel-view path-view" }, [
    header,
    h("p", { className: "muted", text: `${plural(response.hops.length, "hop")} through the strongest links (edge length = 1 / shared sentences).` }),
    chain,
    ...hops,
  ]);
}
