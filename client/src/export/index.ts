/** The GEXF download: a plain link, so the browser streams the file and names it from the server. */
import { GEXF_EXPORT_URL } from "../api";
import { h } from "../dom";

export function mountExport(container: HTMLElement): void {
  const link = h("a", {
    className: "button",
    text: "Download GEXF",
    attrs: { href: GEXF_EXPORT_URL, download: "entente.gexf", id: "download-gexf", title: "Open in Gephi, NetworkX or graphology" },
  });
  container.append(link);
}
