/**
 * SVG of the view, written from sigma's display data (after the reducers), so it shows what the
 * canvas shows: the visible edges, then the nodes by z-index, the labels sigma draws at this
 * camera, and the legend of the PNG. Items wholly outside the viewport are left out.
 */
import { xmlText } from "../../../server/src/formats";
import type { VisualMapping } from "../mapping";
import type { EntitySigma } from "../render";
import type { ViewerSettings } from "../settings";
import { LEGEND, legendLines } from "./png";

export interface SvgOptions {
  settings: ViewerSettings;
  title: string;
  captions: string[];
  background: string;
  /** Width of a text in px at the legend's font: a canvas's measureText in the browser. */
  measure(text: string, font: string): number;
}

/** A number as SVG writes it: two decimals are a hundredth of a pixel. */
const n = (value: number): string => String(Math.round(value * 100) / 100);

function legend(mapping: VisualMapping, options: SvgOptions): string {
  const lines = legendLines(mapping, options);
  const font = `${LEGEND.font}px ${options.settings.labelFont}`;
  const width = Math.max(...lines.map((line) => options.measure(line, font))) + 2 * LEGEND.padding + LEGEND.swatch + 6;
  const height = lines.length * LEGEND.row + 2 * LEGEND.padding;
  const x = LEGEND.margin + LEGEND.padding;
  let y = LEGEND.margin + LEGEND.padding + LEGEND.row / 2;
  const out = [
    `<g class="legend" font-family="${xmlText(options.settings.labelFont)}" font-size="${LEGEND.font}" dominant-baseline="middle">`,
    `<rect x="${LEGEND.margin}" y="${LEGEND.margin}" width="${n(width)}" height="${height}" fill="#ffffff" fill-opacity="0.92" stroke="#e3e6ea"/>`,
    `<text x="${x}" y="${y}" font-weight="bold" fill="${xmlText(options.settings.labelColor)}">${xmlText(options.title)}</text>`,
  ];
  for (const entry of mapping.colors) {
    y += LEGEND.row;
    out.push(`<circle cx="${x + LEGEND.swatch / 2}" cy="${y}" r="${LEGEND.swatch / 2}" fill="${xmlText(entry.color)}"/>`);
    out.push(`<text x="${x + LEGEND.swatch + 6}" y="${y}" fill="${xmlText(options.settings.labelColor)}">${xmlText(`${entry.label} (${entry.count})`)}</text>`);
  }
  for (const caption of options.captions) {
    y += LEGEND.row;
    out.push(`<text x="${x}" y="${y}" fill="#6b7686">${xmlText(caption)}</text>`);
  }
  out.push("</g>");
  return out.join("\n");
}

/** The view as an SVG document, at the size of the graph's container. */
export function writeViewSvg(sigma: EntitySigma, mapping: VisualMapping, options: SvgOptions): string {
  const { width, height } = sigma.getDimensions();
  const graph = sigma.getGraph();
  const inside = (x: number, y: number, margin: number) => x >= -margin && y >= -margin && x <= width + margin && y <= height + margin;
  const nodes = new Map<string, { x: number; y: number; r: number; color: string; opacity: number; z: number; label: string | null }>();
  graph.forEachNode((node) => {
    const data = sigma.getNodeDisplayData(node);
    if (!data || data.visibility === "hidden") return;
    const { x, y } = sigma.framedGraphToViewport(data);
    nodes.set(node, { x, y, r: sigma.scaleSize(data.size), color: data.color, opacity: data.opacity, z: data.zIndex, label: data.label });
  });
  const edges: string[] = [];
  graph.forEachEdge((edge, _attributes, source, target) => {
    const data = sigma.getEdgeDisplayData(edge);
    const a = nodes.get(source);
    const b = nodes.get(target);
    if (!data || data.visibility === "hidden" || !a || !b) return;
    // Both ends off the same side of the viewport: the segment cannot cross it.
    if ((a.x < 0 && b.x < 0) || (a.y < 0 && b.y < 0) || (a.x > width && b.x > width) || (a.y > height && b.y > height)) return;
    const opacity = data.opacity < 1 ? ` stroke-opacity="${n(data.opacity)}"` : "";
    edges.push(`<line x1="${n(a.x)}" y1="${n(a.y)}" x2="${n(b.x)}" y2="${n(b.y)}" stroke="${xmlText(data.color)}" stroke-width="${n(sigma.scaleSize(data.size))}"${opacity}/>`);
  });
  const shown = [...nodes.entries()].filter(([, d]) => inside(d.x, d.y, d.r)).sort(([, p], [, q]) => p.z - q.z);
  const circles = shown.map(([, d]) => `<circle cx="${n(d.x)}" cy="${n(d.y)}" r="${n(d.r)}" fill="${xmlText(d.color)}"${d.opacity < 1 ? ` fill-opacity="${n(d.opacity)}"` : ""}/>`);
  const labelled = sigma.getNodeDisplayedLabels();
  const { labelSize, labelColor, labelFont } = options.settings;
  const labels = shown
    .filter(([node, d]) => labelled.has(node) && d.label)
    .map(([, d]) => `<text x="${n(d.x + d.r + 3)}" y="${n(d.y + labelSize / 3)}">${xmlText(d.label!)}</text>`);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">`,
    `<title>${xmlText(options.title)}</title>`,
    `<rect width="100%" height="100%" fill="${xmlText(options.background)}"/>`,
    `<g class="edges" stroke-linecap="round">`,
    ...edges,
    "</g>",
    `<g class="nodes">`,
    ...circles,
    "</g>",
    `<g class="labels" font-family="${xmlText(labelFont)}" font-size="${labelSize}" fill="${xmlText(labelColor)}">`,
    ...labels,
    "</g>",
    legend(mapping, options),
    "</svg>",
    "",
  ].join("\n");
}
