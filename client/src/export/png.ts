/**
 * PNG of the view with its legend. @sigma/export-image 3 reads `getCanvases()`, which sigma 4
 * no longer has (one WebGL stage draws nodes, edges and labels), so this copies the stage right
 * after a synchronous render, while the WebGL drawing buffer is still valid, and draws the legend.
 */
import type { VisualMapping } from "../mapping";
import type { EntitySigma } from "../render";
import type { ViewerSettings } from "../settings";

export interface PngOptions {
  settings: ViewerSettings;
  title: string;
  /** Lines under the color entries (size mapping, filters). */
  captions: string[];
  background: string;
  /** Resolution as a multiple of the screen's (2 = twice as many pixels each way); 1 by default. */
  scale?: number;
}

/** Legend geometry in CSS pixels (scaled by the device pixel ratio); the SVG export draws the same box. */
export const LEGEND = { margin: 12, padding: 10, row: 18, swatch: 10, font: 12 };

/** The legend's lines as drawn: title, one line per color entry (counts of the view), captions. */
export function legendLines(mapping: VisualMapping, options: Pick<PngOptions, "title" | "captions">): string[] {
  return [options.title, ...mapping.colors.map((entry) => `${entry.label} (${entry.count})`), ...options.captions];
}

function drawLegend(context: CanvasRenderingContext2D, mapping: VisualMapping, options: PngOptions, scale: number): void {
  const lines = legendLines(mapping, options);
  context.save();
  context.scale(scale, scale);
  context.font = `${LEGEND.font}px ${options.settings.labelFont}`;
  const width = Math.max(...lines.map((line) => context.measureText(line).width)) + 2 * LEGEND.padding + LEGEND.swatch + 6;
  const height = lines.length * LEGEND.row + 2 * LEGEND.padding;
  context.fillStyle = "rgba(255, 255, 255, 0.92)";
  context.strokeStyle = "#e3e6ea";
  context.fillRect(LEGEND.margin, LEGEND.margin, width, height);
  context.strokeRect(LEGEND.margin, LEGEND.margin, width, height);
  context.textBaseline = "middle";
  let y = LEGEND.margin + LEGEND.padding + LEGEND.row / 2;
  const x = LEGEND.margin + LEGEND.padding;
  context.fillStyle = options.settings.labelColor;
  context.font = `bold ${LEGEND.font}px ${options.settings.labelFont}`;
  context.fillText(options.title, x, y);
  context.font = `${LEGEND.font}px ${options.settings.labelFont}`;
  for (const entry of mapping.colors) {
    y += LEGEND.row;
    context.fillStyle = entry.color;
    context.beginPath();
    context.arc(x + LEGEND.swatch / 2, y, LEGEND.swatch / 2, 0, 2 * Math.PI);
    context.fill();
    context.fillStyle = options.settings.labelColor;
    context.fillText(`${entry.label} (${entry.count})`, x + LEGEND.swatch + 6, y);
  }
  context.fillStyle = "#6b7686";
  for (const caption of options.captions) {
    y += LEGEND.row;
    context.fillText(caption, x, y);
  }
  context.restore();
}

/**
 * The largest scale the GPU can draw the stage at: WebGL caps the viewport and renderbuffers
 * (often 8,192 or 16,384 px a side); past it the picture would be cut, not sharper.
 */
export function maxScale(sigma: EntitySigma): number {
  const gl = sigma.getStageCanvas().getContext("webgl2");
  const stage = sigma.getStageCanvas();
  if (!gl) return 1;
  const dims = gl.getParameter(gl.MAX_VIEWPORT_DIMS) as Int32Array;
  const side = Math.min(dims[0], dims[1], gl.getParameter(gl.MAX_RENDERBUFFER_SIZE) as number);
  return Math.max(1, Math.floor(side / Math.max(stage.width, stage.height)));
}

/**
 * Runs `draw` while sigma renders at `ratio` device pixels per CSS pixel. Sigma 4 reads
 * `window.devicePixelRatio` on resize and has no setting for it, so the property is shadowed for
 * the one synchronous render and put back; the layout in CSS pixels (labels shown, camera) is unchanged.
 */
function atPixelRatio<T>(sigma: EntitySigma, ratio: number, draw: () => T): T {
  const own = Object.getOwnPropertyDescriptor(window, "devicePixelRatio");
  Object.defineProperty(window, "devicePixelRatio", { configurable: true, get: () => ratio });
  try {
    sigma.resize(true);
    return draw();
  } finally {
    if (own) Object.defineProperty(window, "devicePixelRatio", own);
    else delete (window as { devicePixelRatio?: number }).devicePixelRatio;
    sigma.resize(true);
    sigma.refresh();
  }
}

/** Copies the stage after a synchronous render into a canvas with the background and the legend. */
function copyStage(sigma: EntitySigma, mapping: VisualMapping, options: PngOptions): HTMLCanvasElement {
  const stage = sigma.getStageCanvas();
  const canvas = document.createElement("canvas");
  canvas.width = stage.width;
  canvas.height = stage.height;
  const context = canvas.getContext("2d");
  if (!context) throw new Error("drawView: the browser gave no 2D canvas context");
  context.fillStyle = options.background;
  context.fillRect(0, 0, canvas.width, canvas.height);
  // Render now and copy in the same task: the drawing buffer is not preserved past compositing.
  sigma.refresh();
  context.drawImage(stage, 0, 0);
  drawLegend(context, mapping, options, stage.width / Math.max(1, sigma.getDimensions().width));
  return canvas;
}

/** Draws the current view and its legend into a new canvas, at `options.scale` times the screen's resolution. */
export function drawView(sigma: EntitySigma, mapping: VisualMapping, options: PngOptions): HTMLCanvasElement {
  const scale = Math.min(Math.max(1, options.scale ?? 1), maxScale(sigma));
  if (scale === 1) return copyStage(sigma, mapping, options);
  return atPixelRatio(sigma, (window.devicePixelRatio || 1) * scale, () => copyStage(sigma, mapping, options));
}

export function canvasToPng(canvas: HTMLCanvasElement): Promise<Blob> {
  return new Promise((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error("canvasToPng: the canvas gave no PNG"))), "image/png"),
  );
}
