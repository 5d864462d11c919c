/** "Add articles" with dropped files read on the server, and the view's exports (GraphML, CSV, SVG, scaled PNG), in real Chromium. */
import { readFile, writeFile } from "node:fs/promises";
import { XMLParser } from "fast-xml-parser";
import type { Browser, Download, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseCsv } from "../../client/src/table/utils";
import type { DocumentListResponse, SerializedGraphPayload } from "../../server/src/types";
import { expectWellFormedXml } from "../helpers/well-formed-xml";
import { launchBrowser, outputPath, startTestServer, type TestServer } from "./helpers";
import { counts, pngSize, WAIT, waitForIdle } from "./viewer-helpers";

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "", isArray: (name, _path, _leaf, isAttribute) => !isAttribute && ["node", "edge", "data", "circle", "line", "text"].includes(name) });

const MARKDOWN = `---
title: Ardern and Trudeau meet in Wellington
date: 2023-06-14
---

# A heading that is not the title

Jacinda Ardern met Justin Trudeau in Wellington on Wednesday. Jacinda Ardern said New Zealand and Canada would trade more.
`;

describe("files and exports in the viewer", () => {
  let server: TestServer | undefined;
  let browser: Browser | undefined;
  let page: Page;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    server = await startTestServer();
    browser = await launchBrowser();
    const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, acceptDownloads: true });
    page = await context.newPage();
    page.on("pageerror", (error) => pageErrors.push(error.message));
    await page.goto(server.url);
    await page.waitForSelector("body[data-ready]", WAIT);
    await waitForIdle(page);
  }, 90_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it("stores a dropped Markdown file with its front-matter title and date, and a binary one is listed as skipped", async () => {
    await page.locator("#add-articles").click();
    // A synthetic drop: the same DataTransfer of File objects a desktop drag hands the page.
    await page.locator("#ingest-dialog .drop-zone").evaluate((zone, markdown) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([markdown], "wellington.md", { type: "text/markdown" }));
      transfer.items.add(new File([new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0])], "photo.txt"));
      zone.dispatchEvent(new DragEvent("drop", { dataTransfer: transfer, bubbles: true, cancelable: true }));
    }, MARKDOWN);
    await page.locator('#ingest-dialog button[type="submit"]').click();
    await page.waitForSelector("#ingest-dialog[data-state=done]", WAIT);
    expect(await page.locator("#ingest-dialog .ingest-status").innerText()).toMatch(/Added 1 article/);
    expect(await page.locator("#ingest-dialog .ingest-results").innerText()).toContain("Ardern and Trudeau meet in Wellington");
    expect(await page.locator("#ingest-dialog .ingest-errors").innerText()).toMatch(/photo\.txt: .*binary/);
    await page.screenshot({ path: await outputPath("add-files.png") });
    const list = (await (await page.request.get(`${server!.url}/api/documents?limit=500`)).json()) as DocumentListResponse;
    const stored = list.documents.find((d) => d.path === "wellington.md");
    expect(stored).toMatchObject({ title: "Ardern and Trudeau meet in Wellington", published: "2023-06-14" });
    expect(stored?.outlet).toBeUndefined();
    await page.waitForFunction(() => window.__entente!.graph().someNode((_node, a) => a.label === "Justin Trudeau"), undefined, WAIT);
    await page.locator("#ingest-dialog button", { hasText: "Close" }).click();
    await waitForIdle(page);
    expect(pageErrors).toEqual([]);
  });

  it("reads a pasted article as a .txt file: its first line is the title", async () => {
    await page.locator("#add-articles").click();
    await page.locator('#ingest-dialog textarea[name="text"]').fill("Sanchez welcomes Macron\n\nPedro Sanchez welcomed Emmanuel Macron to Madrid on Thursday.");
    await page.locator('#ingest-dialog button[type="submit"]').click();
    await page.waitForFunction(() => document.querySelector("#ingest-dialog .ingest-status")?.textContent?.startsWith("Added 1 article with"), undefined, WAIT);
    const list = (await (await page.request.get(`${server!.url}/api/documents?limit=500`)).json()) as DocumentListResponse;
    expect(list.documents.find((d) => d.title === "Sanchez welcomes Macron")).toMatchObject({ path: "api" });
    await page.locator("#ingest-dialog button", { hasText: "Close" }).click();
    await waitForIdle(page);
  });

  /** Opens the export menu and clicks one of its items, answering the download's text. */
  async function download(id: string): Promise<{ file: Download; bytes: Buffer }> {
    await page.locator(".menu").evaluate((element) => ((element as HTMLDetailsElement).open = true));
    const [file] = await Promise.all([page.waitForEvent("download", WAIT), page.locator(`#${id}`).click()]);
    return { file, bytes: await readFile(await file.path()) };
  }

  it("exports the view as GraphML and CSV with the shown nodes and edges, and the whole graph from the server", async () => {
    await page.locator('input[name="min-degree"]').fill("3");
    const shown = await counts(page);
    expect(shown.nodes).toBeLessThan(shown.totalNodes);

    const graphml = await download("export-graphml-view");
    expect(graphml.file.suggestedFilename()).toMatch(/view\.graphml$/);
    const xml = graphml.bytes.toString("utf8");
    expectWellFormedXml(xml, "view graphml");
    const doc = parser.parse(xml).graphml.graph;
    expect(doc.node).toHaveLength(shown.nodes);
    expect(doc.edge ?? []).toHaveLength(shown.edges);
    const keys = new Set(doc.node[0].data.map((d: { key: string }) => d.key));
    for (const key of ["n_label", "n_type", "n_x", "n_y", "n_size", "n_color"]) expect(keys).toContain(key);

    const [nodeHeader, ...nodeRows] = parseCsv((await download("export-nodes-csv-view")).bytes.toString("utf8"));
    expect(nodeHeader.slice(0, 3)).toEqual(["id", "label", "type"]);
    expect(nodeRows).toHaveLength(shown.nodes);
    const [edgeHeader, ...edgeRows] = parseCsv((await download("export-edges-csv-view")).bytes.toString("utf8"));
    expect(edgeHeader.slice(0, 6)).toEqual(["id", "source", "target", "source_label", "target_label", "weight"]);
    expect(edgeRows).toHaveLength(shown.edges);
    const ids = new Set(nodeRows.map((row) => row[0]));
    for (const row of edgeRows) expect(ids.has(row[1]) && ids.has(row[2])).toBe(true);

    const whole = parser.parse((await download("download-graphml")).bytes.toString("utf8")).graphml.graph;
    const graph = (await (await page.request.get(`${server!.url}/api/graph`)).json()) as SerializedGraphPayload;
    expect(whole.node).toHaveLength(graph.nodes.length);
    const [, ...wholeEdges] = parseCsv((await download("download-edges-csv")).bytes.toString("utf8"));
    expect(wholeEdges).toHaveLength(graph.edges.length);
    await page.locator('input[name="min-degree"]').fill("0");
    await page.locator(".menu").evaluate((element) => ((element as HTMLDetailsElement).open = false));
  });

  it("exports an SVG of the view with its nodes, edges, labels and the legend of the PNG", async () => {
    const shown = await counts(page);
    const svg = (await download("export-svg")).bytes.toString("utf8");
    await writeFile(await outputPath("view.svg"), svg);
    expectWellFormedXml(svg, "svg");
    const root = parser.parse(svg).svg;
    type Group = { class: string; circle: unknown[]; line: unknown[]; text: { "#text": string }[] };
    const groups: Record<string, Group> = Object.fromEntries([root.g].flat().map((g: Group) => [g.class, g]));
    expect(groups.nodes.circle.length).toBeGreaterThan(0);
    expect(groups.nodes.circle.length).toBeLessThanOrEqual(shown.nodes);
    expect(groups.edges.line.length).toBeGreaterThan(0);
    const labels = groups.labels.text.map((t) => String(t["#text"]));
    const displayed = await page.evaluate(() => [...window.__entente!.sigma.getNodeDisplayedLabels()].map((n) => window.__entente!.graph().getNodeAttribute(n, "label")));
    expect(labels.length).toBeGreaterThan(0);
    for (const label of labels) expect(displayed).toContain(label);
    const legend = groups.legend.text.map((t) => String(t["#text"]));
    expect(legend).toEqual(await page.evaluate(() => window.__entente!.pngLegend()));
    await page.locator(".menu").evaluate((element) => ((element as HTMLDetailsElement).open = false));
  });

  it("exports a PNG at twice the screen's resolution and leaves the canvas as it was", async () => {
    const box = (await page.locator("#graph").boundingBox())!;
    await page.locator(".menu").evaluate((element) => ((element as HTMLDetailsElement).open = true));
    await page.locator('select[name="png-scale"]').selectOption("2");
    const png = await download("export-png");
    expect(pngSize(png.bytes)).toEqual({ width: Math.round(box.width) * 2, height: Math.round(box.height) * 2 });
    await page.screenshot({ path: await outputPath("export-menu.png") });
    const stage = await page.evaluate(() => window.__entente!.sigma.getStageCanvas().width);
    expect(stage).toBe(Math.round(box.width));
    await page.locator(".menu").evaluate((element) => ((element as HTMLDetailsElement).open = false));
    expect(pageErrors).toEqual([]);
  });
});
