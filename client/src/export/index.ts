/**
 * The export menu. Of the view, written here: GEXF, GraphML, CSV of its nodes and of its edges
 * (the shown ones, with their on-screen look), SVG and PNG at a chosen resolution, both with the
 * legend. Of the whole graph, from the server (date range kept): GEXF, GraphML and the two CSVs.
 */
import { writeEdgesCsv, writeGraphml, writeNodesCsv } from "../../../server/src/formats";
import { exportUrl, fetchDownload, hasToken, type ExportFormat } from "../api";
import { h } from "../dom";
import type { Viewer } from "../app";
import { sizeCaption } from "../legend";
import type { ViewerSettings } from "../settings";
import { writeViewGexf } from "./gexf";
import { canvasToPng, drawView, legendLines } from "./png";
import { writeViewSvg } from "./svg";
import { viewTable } from "./view-table";

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

/** Width of a text in px at a CSS font, measured on a scratch canvas (the SVG legend's box fits its longest line). */
function measureText(): (text: string, font: string) => number {
  const context = document.createElement("canvas").getContext("2d");
  return (text, font) => {
    if (!context) return text.length * 7;
    context.font = font;
    return context.measureText(text).width;
  };
}

const CSV_TYPE = "text/csv;charset=utf-8";

/** The whole-graph downloads: what each link says, its id, and the file name it saves as. */
const WHOLE_GRAPH: { format: ExportFormat; text: string; id: string; file: string }[] = [
  { format: "gexf", text: "GEXF", id: "download-gexf", file: "entente.gexf" },
  { format: "graphml", text: "GraphML", id: "download-graphml", file: "entente.graphml" },
  { format: "nodes.csv", text: "CSV of entities", id: "download-nodes-csv", file: "entente-nodes.csv" },
  { format: "edges.csv", text: "CSV of links", id: "download-edges-csv", file: "entente-edges.csv" },
];

export function mountExport(container: HTMLElement, viewer: Viewer, settings: ViewerSettings): void {
  const unitsPerPixel = (): number => 1 / Math.max(Number.MIN_VALUE, viewer.sigma.getGraphToViewportRatio() * viewer.sigma.getCamera().getState().ratio);
  const table = () => viewTable(viewer.graph(), viewer.model(), { settings, unitsPerPixel: unitsPerPixel() });
  const button = (text: string, id: string, onClick: () => void | Promise<void>) => {
    const element = h("button", { className: "menu-item", text, attrs: { type: "button", id } });
    element.addEventListener("click", () => void onClick());
    return element;
  };

  const viewGexf = button("GEXF", "export-gexf-view", () => {
    const xml = writeViewGexf(viewer.graph(), viewer.model(), { settings, unitsPerPixel: unitsPerPixel() });
    saveBlob(new Blob([xml], { type: "application/gexf+xml" }), `${fileStem(viewer)}-view.gexf`);
  });
  const viewGraphml = button("GraphML", "export-graphml-view", () => {
    saveBlob(new Blob([...writeGraphml(table())], { type: "application/graphml+xml" }), `${fileStem(viewer)}-view.graphml`);
  });
  const viewNodes = button("CSV of entities", "export-nodes-csv-view", () => {
    saveBlob(new Blob([...writeNodesCsv(table())], { type: CSV_TYPE }), `${fileStem(viewer)}-view-nodes.csv`);
  });
  const viewEdges = button("CSV of links", "export-edges-csv-view", () => {
    const graph = viewer.graph();
    saveBlob(new Blob([...writeEdgesCsv(table(), (node) => graph.getNodeAttribute(node, "label"))], { type: CSV_TYPE }), `${fileStem(viewer)}-view-edges.csv`);
  });
  const measure = measureText();
  const svg = button("SVG with legend", "export-svg", () => {
    const text = writeViewSvg(viewer.sigma, viewer.model().mapping, { settings, title: PNG_TITLE, captions: pngCaptions(viewer), background: "#ffffff", measure });
    saveBlob(new Blob([text], { type: "image/svg+xml" }), `${fileStem(viewer)}.svg`);
  });
  const scale = h(
    "select",
    { className: "menu-select", attrs: { name: "png-scale", "aria-label": "PNG resolution" } },
    settings.pngScaleChoices.map((choice) => h("option", { text: `${choice}×`, attrs: { value: String(choice) } })),
  );
  const png = button("PNG with legend", "export-png", async () => {
    const options = { settings, title: PNG_TITLE, captions: pngCaptions(viewer), background: "#ffffff", scale: Number(scale.value) || 1 };
    saveBlob(await canvasToPng(drawView(viewer.sigma, viewer.model().mapping, options)), `${fileStem(viewer)}.png`);
  });

  const wholeLinks = WHOLE_GRAPH.map(({ format, text, id, file }) => {
    const link = h("a", { className: "menu-item", text, attrs: { href: exportUrl(format, viewer.state.get().dateRange), download: file, id, title: "The whole graph, from the server" } });
    downloadWithToken(link);
    return { link, format };
  });
  viewer.state.subscribe((_snapshot, changes) => {
    if (changes.has("dateRange")) for (const { link, format } of wholeLinks) link.href = exportUrl(format, viewer.state.get().dateRange);
  });

  const heading = (text: string) => h("p", { className: "menu-heading", text });
  const menu = h("details", { className: "menu" }, [
    h("summary", { className: "button", text: "Export" }),
    h("div", { className: "menu-items", attrs: { role: "group", "aria-label": "Export" } }, [
      heading("This view"),
      viewGexf,
      viewGraphml,
      viewNodes,
      viewEdges,
      svg,
      h("div", { className: "menu-row" }, [png, scale]),
      heading("Whole graph"),
      ...wholeLinks.map(({ link }) => link),
    ]),
  ]);
  container.append(menu);
}
