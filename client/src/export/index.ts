/** The export menu: GEXF of the filtered view (written here), GEXF of the whole graph (server), PNG with legend. */
import { fetchDownload, gexfExportUrl, hasToken } from "../api";
import { h } from "../dom";
import type { Viewer } from "../app";
import { sizeCaption } from "../legend";
import type { ViewerSettings } from "../settings";
import { writeViewGexf } from "./gexf";
import { canvasToPng, drawView, legendLines } from "./png";

export { fixVizNamespace, VIZ_NAMESPACE_1_2, writeViewGexf } from "./gexf";

/** Hands a blob to the browser as a download named `fileName`. */
export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = h("a", { attrs: { href: url, download: fileName } });
  document.body.append(link);
  link.click();
  link.remove();
  // Revoking at once can cancel the download in some browsers; a minute is plenty.
  window.setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/**
 * A server link as a download that also works when reads need the token: with a token, the click
 * fetches the file with its header and saves the blob; without one, the browser follows the link.
 */
export function downloadWithToken(link: HTMLAnchorElement): void {
  link.addEventListener("click", (event) => {
    if (!hasToken()) return;
    event.preventDefault();
    fetchDownload(link.href)
      .then((blob) => saveBlob(blob, link.download))
      .catch((error: unknown) => console.error(error));
  });
}

function fileStem(viewer: Viewer): string {
  const { from, to } = viewer.state.get().dateRange;
  return ["entente", from, to].filter(Boolean).join("-");
}

/** Lines under the PNG's color entries: size mapping, what is shown of the graph, date range. */
function pngCaptions(viewer: Viewer): string[] {
  const model = viewer.model();
  const { shownNodes, totalNodes, shownEdges, totalEdges } = model.visibility;
  const { from, to } = viewer.state.get().dateRange;
  const captions = [sizeCaption(model.mapping), `${shownNodes} of ${totalNodes} nodes, ${shownEdges} of ${totalEdges} edges shown`];
  if (from || to) captions.push(`Documents from ${from ?? "the start"} to ${to ?? "the end"}`);
  return captions;
}

const PNG_TITLE = "entente";

/** The legend the PNG export would draw now (for the end-to-end tests: it matches the view). */
export function pngLegend(viewer: Viewer): string[] {
  return legendLines(viewer.model().mapping, { title: PNG_TITLE, captions: pngCaptions(viewer) });
}

export function mountExport(container: HTMLElement, viewer: Viewer, settings: ViewerSettings): void {
  const unitsPerPixel = (): number => 1 / Math.max(Number.MIN_VALUE, viewer.sigma.getGraphToViewportRatio() * viewer.sigma.getCamera().getState().ratio);

  const viewGexf = h("button", { className: "menu-item", text: "GEXF of this view", attrs: { type: "button", id: "export-gexf-view" } });
  viewGexf.addEventListener("click", () => {
    const xml = writeViewGexf(viewer.graph(), viewer.model(), { settings, unitsPerPixel: unitsPerPixel() });
    saveBlob(new Blob([xml], { type: "application/gexf+xml" }), `${fileStem(viewer)}-view.gexf`);
  });
  const wholeGexf = h("a", {
    className: "menu-item",
    text: "GEXF of the whole graph",
    attrs: { href: gexfExportUrl(), download: "entente.gexf", id: "download-gexf", title: "Open in Gephi, NetworkX or graphology" },
  });
  downloadWithToken(wholeGexf);
  viewer.state.subscribe((_snapshot, changes) => {
    if (changes.has("dateRange")) wholeGexf.href = gexfExportUrl(viewer.state.get().dateRange);
  });
  const png = h("button", { className: "menu-item", text: "PNG image with legend", attrs: { type: "button", id: "export-png" } });
  png.addEventListener("click", async () => {
    const canvas = drawView(viewer.sigma, viewer.model().mapping, { settings, title: PNG_TITLE, captions: pngCaptions(viewer), background: "#ffffff" });
    saveBlob(await canvasToPng(canvas), `${fileStem(viewer)}.png`);
  });

  const menu = h("details", { className: "menu" }, [
    h("summary", { className: "button", text: "Export" }),
    h("div", { className: "menu-items", attrs: { role: "group", "aria-label": "Export" } }, [viewGexf, wholeGexf, png]),
  ]);
  container.append(menu);
}
