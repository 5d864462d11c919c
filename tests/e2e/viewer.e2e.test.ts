/** The viewer end to end: real server on the seeds, real headless Chromium, real WebGL. */
import { mkdir, readFile } from "node:fs/promises";
import { dirname } from "node:path";
import { XMLParser } from "fast-xml-parser";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_SETTINGS } from "../../client/src/settings";
import { countColorPixels, launchBrowser, outputPath, README_SCREENSHOT, startTestServer, type TestServer } from "./helpers";
import { clearSelection, counts, hoverNode, openEntity, pngSize, WAIT, waitForIdle } from "./viewer-helpers";

const PUTIN = "person:vladimir-putin";
const XI = "person:xi-jinping";
const INDIA = "country:india";

describe("the viewer on the seeds", () => {
  let server: TestServer | undefined;
  let browser: Browser | undefined;
  let context: BrowserContext;
  let page: Page;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    server = await startTestServer();
    browser = await launchBrowser();
    context = await browser.newContext({ viewport: { width: 1280, height: 720 }, acceptDownloads: true });
    page = await context.newPage();
    page.on("pageerror", (error) => pageErrors.push(error.message));
    page.on("console", (message) => {
      if (message.type() === "error") pageErrors.push(message.text());
    });
  }, 90_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it("draws the graph, lays it out in a worker and shows the counts and the legend", async () => {
    await page.goto(server!.url);
    await page.waitForSelector("body[data-ready]", WAIT);
    expect(await page.getAttribute("body", "data-ready")).toBe("true");
    await waitForIdle(page);
    expect(await page.locator("#legend .legend-item").count()).toBe(3);
    const shown = await counts(page);
    expect(shown.nodes).toBeGreaterThan(20);
    expect(shown.nodes).toBe(shown.totalNodes);

    await page.waitForFunction(() => (window.__entente?.sigma.getNodeDisplayedLabels().size ?? 0) > 0, undefined, WAIT);
    const graphBox = await page.locator("#graph").boundingBox();
    const png = await page.screenshot({ clip: graphBox!, path: await outputPath("graph.png") });
    const pixels = await countColorPixels(page, png, DEFAULT_SETTINGS.typeColors);
    expect(pixels.person).toBeGreaterThan(200);
    expect(pixels.country).toBeGreaterThan(200);
    expect(pixels.organization).toBeGreaterThan(100);
    // Positions are kept for the next load of the same graph.
    const kept = await page.evaluate(() => Object.keys(JSON.parse(localStorage.getItem("entente:positions:entente") ?? "{}")).length);
    expect(kept).toBe(shown.totalNodes);
    expect(pageErrors).toEqual([]);
  });

  it("searching 'Putin' focuses Vladimir Putin and lists Xi Jinping among his neighbors", async () => {
    const search = page.getByRole("combobox", { name: "Search entities" });
    await search.fill("putin");
    await page.waitForSelector("#search .search-suggestion", WAIT);
    await expect(page.locator("#search .search-suggestion").first().innerText()).resolves.toContain("Vladimir Putin");
    // Keyboard only: the first suggestion is active, Enter picks it.
    await search.press("ArrowDown");
    await search.press("ArrowUp");
    await search.press("Enter");

    const panel = page.locator("#panel");
    await page.waitForSelector("#panel[data-state=entity]", WAIT);
    await expect(panel.locator(".panel-title").innerText()).resolves.toBe("Vladimir Putin");
    await expect(panel.locator(".neighbor-label").allInnerTexts()).resolves.toContain("Xi Jinping");
    await expect(panel.locator(".aliases").innerText()).resolves.toContain("Putin");

    await page.waitForFunction(() => !window.__entente!.sigma.getCamera().isAnimating(), undefined, WAIT);
    await page.waitForTimeout(100);
    const display = await page.evaluate(
      ({ putin, xi }) => {
        const { sigma, graph, model } = window.__entente!;
        const outsider = graph().findNode((node) => node !== putin && !model().focusNeighbors.has(node));
        return {
          selected: window.__entente!.state.get().selected,
          putinHighlighted: sigma.getNodeDisplayData(putin)?.highlighted,
          xiColor: sigma.getNodeDisplayData(xi)?.color,
          outsiderColor: outsider ? sigma.getNodeDisplayData(outsider)?.color : undefined,
          onScreen: sigma.framedGraphToViewport(sigma.getNodeDisplayData(putin)!),
          panelLeft: document.getElementById("panel")!.getBoundingClientRect().left,
          // The open view controls cover the left of the graph: the free area starts at their right edge.
          controlsRight: document.getElementById("controls")!.getBoundingClientRect().right,
          height: sigma.getDimensions().height,
        };
      },
      { putin: PUTIN, xi: XI },
    );
    expect(display.selected).toBe(PUTIN);
    expect(display.putinHighlighted).toBe(true);
    expect(display.xiColor).toBe(DEFAULT_SETTINGS.typeColors.person);
    if (display.outsiderColor !== undefined) expect(display.outsiderColor).toBe(DEFAULT_SETTINGS.dimmedNodeColor);
    expect(Math.abs(display.onScreen.x - (display.controlsRight + display.panelLeft) / 2)).toBeLessThan(20);
    expect(Math.abs(display.onScreen.y - display.height / 2)).toBeLessThan(20);

    await search.blur();
    await mkdir(dirname(README_SCREENSHOT), { recursive: true });
    await page.screenshot({ path: README_SCREENSHOT });
  });

  it("filters Putin's neighbors by type in the panel", async () => {
    await page.locator('#panel .chip[data-type="country"]').click();
    await page.waitForFunction(() => document.querySelector('#panel .chip[data-type="country"]')?.getAttribute("aria-pressed") === "true", undefined, WAIT);
    const types = await page.locator("#panel .neighbor").evaluateAll((buttons) => buttons.map((b) => b.className));
    expect(types.length).toBeGreaterThan(0);
    expect(types.every((className) => className.includes("type-country"))).toBe(true);
    await page.locator('#panel .chip[data-type="all"]').click();
    await page.waitForSelector(`#panel .neighbor[data-id="${XI}"]`, WAIT);
  });

  it("clicking Xi Jinping in the panel shows sentences naming both, with their documents", async () => {
    await page.locator(`#panel .neighbor[data-id="${XI}"]`).click();
    await page.waitForSelector("#panel[data-state=evidence]", WAIT);
    expect(await page.evaluate(() => window.__entente!.state.get().evidenceWith)).toBe(XI);
    const evidence = await page.locator("#panel .evidence-item").evaluateAll((elements) =>
      elements.map((element) => ({
        text: element.querySelector(".evidence-text")?.textContent ?? "",
        putinMarks: element.querySelectorAll("mark.name-a").length,
        xiMarks: element.querySelectorAll("mark.name-b").length,
        document: element.querySelector(".document")?.textContent ?? "",
      })),
    );
    expect(evidence.length).toBeGreaterThan(0);
    for (const item of evidence) {
      expect(item.document).not.toBe("");
      expect(item.putinMarks, item.text).toBeGreaterThan(0);
      expect(item.xiMarks, item.text).toBeGreaterThan(0);
    }
    await page.screenshot({ path: await outputPath("evidence.png") });
    // Back with the keyboard: Escape closes the evidence, then the panel.
    await page.locator("#panel .panel-back").press("Escape");
    await page.waitForSelector("#panel[data-state=entity]", WAIT);
  });

  it("hovering a node highlights it and its neighbors and dims the rest", async () => {
    await clearSelection(page);
    await hoverNode(page, XI);
    await page.waitForFunction((xi) => window.__entente!.state.get().hovered === xi, XI, WAIT);
    await page.waitForTimeout(200);
    const display = await page.evaluate((xi) => {
      const { sigma, graph } = window.__entente!;
      const neighbors = new Set(graph().neighbors(xi));
      const outsiders = graph().filterNodes((node) => node !== xi && !neighbors.has(node));
      return {
        neighborColors: [...neighbors].map((node) => sigma.getNodeDisplayData(node)!.color),
        outsiderColors: outsiders.map((node) => sigma.getNodeDisplayData(node)!.color),
        xiHighlighted: sigma.getNodeDisplayData(xi)!.highlighted,
      };
    }, XI);
    expect(display.xiHighlighted).toBe(true);
    expect(display.outsiderColors.length).toBeGreaterThan(0);
    expect(display.outsiderColors.every((color) => color === DEFAULT_SETTINGS.dimmedNodeColor)).toBe(true);
    expect(display.neighborColors.every((color) => color !== DEFAULT_SETTINGS.dimmedNodeColor)).toBe(true);
    await page.screenshot({ path: await outputPath("hover.png") });
    await page.mouse.move(5, 700);
    await page.waitForFunction(() => window.__entente!.state.get().hovered === null, undefined, WAIT);
  });

  it("filters change the shown counts and hide nodes through the reducers", async () => {
    await page.locator("#controls").evaluate((element) => ((element as HTMLDetailsElement).open = true));
    const before = await counts(page);
    await page.locator('input[name="min-degree"]').fill("5");
    await page.waitForFunction((total) => Number(document.getElementById("counts")!.dataset.shownNodes) < total, before.totalNodes, WAIT);
    const afterDegree = await counts(page);
    expect(afterDegree.nodes).toBeLessThan(before.nodes);
    expect(afterDegree.totalNodes).toBe(before.totalNodes);

    await page.locator('input[name="type"][value="person"]').uncheck();
    await page.waitForFunction(() => !window.__entente!.state.get().filters.types.includes("person"), undefined, WAIT);
    await page.waitForTimeout(200);
    const hidden = await page.evaluate((putin) => window.__entente!.sigma.getNodeDisplayData(putin)?.visibility, PUTIN);
    expect(hidden).toBe("hidden");
    expect((await counts(page)).nodes).toBeLessThan(afterDegree.nodes);
    await page.screenshot({ path: await outputPath("filters.png") });

    await page.locator('input[name="hide-isolated"]').check();
    await page.locator(".link-button", { hasText: "Reset filters" }).click();
    await page.waitForFunction((total) => Number(document.getElementById("counts")!.dataset.shownNodes) === total, before.totalNodes, WAIT);
  });

  it("colors by Louvain community and sizes by PageRank, with a legend for both", async () => {
    await page.locator('select[name="color-by"]').selectOption("community");
    await page.locator('select[name="size-by"]').selectOption("pagerank");
    // Communities are named after their two most central members ("Vladimir Putin / Xi Jinping").
    await page.waitForFunction(() => document.querySelector("#legend .legend-item")?.textContent?.includes(" / "), undefined, WAIT);
    expect(await page.locator("#legend .legend-caption").innerText()).toContain("pagerank");
    await page.waitForTimeout(200);
    const colors = await page.evaluate(() => {
      const { sigma, graph } = window.__entente!;
      return new Set(graph().mapNodes((node) => sigma.getNodeDisplayData(node)!.color)).size;
    });
    expect(colors).toBeGreaterThan(1);
    await page.screenshot({ path: await outputPath("communities.png") });
    await page.locator('select[name="color-by"]').selectOption("type");
    await page.locator('select[name="size-by"]').selectOption("degree");
  });

  it("shows the ego network of the selection", async () => {
    await openEntity(page, "Xi Jinping");
    const total = (await counts(page)).totalNodes;
    await page.locator('#panel [data-action="ego"]').click();
    await page.waitForFunction((total) => Number(document.getElementById("counts")!.dataset.shownNodes) < total, total, WAIT);
    const { shown, degree } = await page.evaluate((xi) => ({
      shown: Number(document.getElementById("counts")!.dataset.shownNodes),
      degree: window.__entente!.graph().degree(xi),
    }), XI);
    expect(shown).toBe(degree + 1);
    await page.locator('#panel [data-action="ego"]').click();
    await page.waitForFunction((total) => Number(document.getElementById("counts")!.dataset.shownNodes) === total, total, WAIT);
  });

  it("highlights the shortest path between two entities with each hop's evidence", async () => {
    await openEntity(page, "Vladimir Putin");
    const pathSearch = page.getByRole("combobox", { name: "Shortest path to" });
    await pathSearch.fill("India");
    await page.waitForSelector("#path-search-suggestions .search-suggestion", WAIT);
    await pathSearch.press("Enter");
    await page.waitForSelector("#panel[data-state=path]", WAIT);
    const chain = await page.locator("#panel .path-chain .entity-link").evaluateAll((links) => links.map((l) => l.getAttribute("data-id")));
    expect(chain[0]).toBe(PUTIN);
    expect(chain[chain.length - 1]).toBe(INDIA);
    expect(await page.locator("#panel .path-hop").count()).toBe(chain.length - 1);
    expect(await page.locator("#panel .path-hop .evidence-item").count()).toBeGreaterThanOrEqual(chain.length - 1);
    await page.waitForTimeout(200);
    const display = await page.evaluate((ids) => {
      const { sigma, graph } = window.__entente!;
      const edges = ids.slice(1).map((id, i) => graph().edge(ids[i], id)!);
      const off = graph().findNode((node) => !ids.includes(node))!;
      return {
        nodes: ids.map((id) => sigma.getNodeDisplayData(id)!.highlighted),
        edges: edges.map((edge) => sigma.getEdgeDisplayData(edge)!.color),
        offColor: sigma.getNodeDisplayData(off)!.color,
      };
    }, chain as string[]);
    expect(display.nodes.every(Boolean)).toBe(true);
    expect(display.edges.every((color) => color === DEFAULT_SETTINGS.pathColor)).toBe(true);
    expect(display.offColor).toBe(DEFAULT_SETTINGS.dimmedNodeColor);
    await page.screenshot({ path: await outputPath("path.png") });
  });

  it("a copied link restores the same view in a new page", async () => {
    await page.locator("#panel .panel-close").click();
    await openEntity(page, "Vladimir Putin");
    await page.locator('input[name="min-weight"]').fill("2");
    await page.locator('select[name="color-by"]').selectOption("community");
    await page.waitForFunction(() => !window.__entente!.sigma.getCamera().isAnimating(), undefined, WAIT);
    await page.locator("#copy-link").click();
    const url = (await page.locator("#copy-link").getAttribute("data-url"))!;
    expect(url).toContain("#");
    const original = await page.evaluate(() => ({ ...window.__entente!.state.get(), hovered: null }));

    const other = await context.newPage();
    await other.goto(url);
    await other.waitForSelector("body[data-ready=true]", WAIT);
    await other.waitForSelector("#panel[data-state=entity]", WAIT);
    const restored = await other.evaluate(() => ({ ...window.__entente!.state.get(), hovered: null }));
    expect(restored.selected).toBe(original.selected);
    expect(restored.filters).toEqual(original.filters);
    expect(restored.colorBy).toBe("community");
    expect(restored.camera!.ratio).toBeCloseTo(original.camera!.ratio, 3);
    expect(restored.camera!.x).toBeCloseTo(original.camera!.x, 3);
    const camera = await other.evaluate(() => window.__entente!.sigma.getCamera().getState());
    expect(camera.ratio).toBeCloseTo(original.camera!.ratio, 3);
    expect(await other.locator("#panel .panel-title").innerText()).toBe("Vladimir Putin");
    expect(await counts(other)).toEqual(await counts(page));
    await other.close();
    await page.locator('input[name="min-weight"]').fill("1");
    await page.locator('select[name="color-by"]').selectOption("type");
  });

  it("exports a PNG with legend and GEXF files of the view and of the whole graph", async () => {
    await page.locator(".menu > summary").click();
    const [png] = await Promise.all([page.waitForEvent("download", WAIT), page.locator("#export-png").click()]);
    expect(png.suggestedFilename()).toMatch(/\.png$/);
    const pngBytes = await readFile(await png.path());
    const size = pngSize(pngBytes);
    const graphBox = (await page.locator("#graph").boundingBox())!;
    expect(size.width).toBe(Math.round(graphBox.width));
    expect(size.height).toBe(Math.round(graphBox.height));

    await page.locator('input[name="min-degree"]').fill("5");
    const shown = await counts(page);
    await page.locator(".menu > summary").click({ force: true });
    await page.locator(".menu").evaluate((element) => ((element as HTMLDetailsElement).open = true));
    const [view] = await Promise.all([page.waitForEvent("download", WAIT), page.locator("#export-gexf-view").click()]);
    const viewXml = await readFile(await view.path(), "utf8");
    expect(viewXml).toContain('xmlns:viz="http://www.gexf.net/1.2draft/viz"');
    const parsed = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "" }).parse(viewXml);
    const nodes = [parsed.gexf.graph.nodes.node].flat();
    expect(nodes.length).toBe(shown.nodes);
    expect([parsed.gexf.graph.edges.edge].flat().length).toBe(shown.edges);
    for (const node of nodes) {
      expect(Number.isFinite(Number(node["viz:position"].x))).toBe(true);
      expect(node["viz:color"]).toHaveProperty("r");
      expect(Number(node["viz:size"].value)).toBeGreaterThan(0);
    }
    await page.locator('input[name="min-degree"]').fill("0");

    await page.locator(".menu").evaluate((element) => ((element as HTMLDetailsElement).open = true));
    const [whole] = await Promise.all([page.waitForEvent("download", WAIT), page.locator("#download-gexf").click()]);
    const wholeXml = await readFile(await whole.path(), "utf8");
    expect(wholeXml).toContain("<gexf");
    expect(wholeXml).toContain("Vladimir Putin");
    await page.locator(".menu").evaluate((element) => ((element as HTMLDetailsElement).open = false));
  });

  it("adds a pasted article and shows its new entity without a reload", async () => {
    await page.evaluate(() => ((window as unknown as { marker: number }).marker = 42));
    await page.locator("#add-articles").click();
    await page.locator('#ingest-dialog input[name="title"]').fill("Ardern in Ottawa");
    await page.locator('#ingest-dialog textarea[name="text"]').fill(
      "Jacinda Ardern met Vladimir Putin in Ottawa on Monday. Jacinda Ardern said Canada and New Zealand would work together.",
    );
    await page.locator('#ingest-dialog button[type="submit"]').click();
    await page.waitForSelector("#ingest-dialog[data-state=done]", WAIT);
    const status = await page.locator("#ingest-dialog .ingest-status").innerText();
    expect(status).toMatch(/Added 1 article/);
    await page.waitForFunction(() => window.__entente!.graph().someNode((_node, a) => a.label === "Jacinda Ardern"), undefined, WAIT);
    expect(await page.evaluate(() => (window as unknown as { marker: number }).marker)).toBe(42);
    await page.screenshot({ path: await outputPath("add-article.png") });
    await page.locator("#ingest-dialog button", { hasText: "Close" }).click();
    await waitForIdle(page);
  });

  it("shows labels containing HTML as text (curation rename)", async () => {
    const label = '<img src=x onerror="window.pwned=1">Ardern';
    await openEntity(page, "Jacinda Ardern");
    await page.locator("#panel details.curation > summary").click();
    await page.locator('#panel input[data-field="rename"]').fill(label);
    await page.locator('#panel [data-action="rename"]').click();
    await page.waitForFunction((label) => document.querySelector("#panel .panel-title")?.textContent === label, label, WAIT);
    expect(await page.locator("#panel img").count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
    const onCanvas = await page.evaluate((label) => {
      const { sigma, graph } = window.__entente!;
      const node = graph().findNode((_n, a) => a.label === label)!;
      return sigma.getNodeDisplayData(node)?.label;
    }, label);
    expect(onCanvas).toBe(label);
  });

  it("merges an entity into another through the panel, and undoes it", async () => {
    const before = await counts(page);
    await openEntity(page, "Ardern");
    await page.locator("#panel details.curation > summary").click();
    const merge = page.getByRole("combobox", { name: /^Merge / });
    await merge.fill("Xi Jinping");
    await page.waitForSelector("#merge-search-suggestions .search-suggestion", WAIT);
    await merge.press("Enter");
    await page.waitForFunction((n) => Number(document.getElementById("counts")!.dataset.totalNodes) === n - 1, before.totalNodes, WAIT);
    expect(await page.evaluate(() => window.__entente!.graph().someNode((_n, a) => a.label.includes("Ardern")))).toBe(false);
    await page.waitForSelector("#panel[data-state=entity]", WAIT);
    expect(await page.locator("#panel .panel-title").innerText()).toBe("Xi Jinping");
    await page.locator("#panel details.curation > summary").click();
    await page.locator('#panel [data-action="undo"]').click();
    await page.waitForFunction((n) => Number(document.getElementById("counts")!.dataset.totalNodes) === n, before.totalNodes, WAIT);
    expect(pageErrors).toEqual([]);
  });

  it("downloads the curation decisions as JSON and imports a decisions file", async () => {
    await openEntity(page, "Xi Jinping");
    await page.locator("#panel details.curation > summary").click();
    const [download] = await Promise.all([page.waitForEvent("download", WAIT), page.locator('#panel [data-action="curation-export"]').click()]);
    const exported = JSON.parse(await readFile(await download.path(), "utf8"));
    expect(exported).toMatchObject({ entente: "curation", version: 1 });
    expect(exported.decisions).toEqual([expect.objectContaining({ kind: "rename" })]);

    const before = await counts(page);
    const hideIndia = { ...exported, decisions: [...exported.decisions, { kind: "hide", entity: INDIA }] };
    await page.locator('#panel input[data-field="curation-import"]').setInputFiles({
      name: "decisions.json",
      mimeType: "application/json",
      buffer: Buffer.from(JSON.stringify(hideIndia)),
    });
    await page.waitForFunction((n) => Number(document.getElementById("counts")!.dataset.totalNodes) === n - 1, before.totalNodes, WAIT);
    expect(await page.evaluate((id) => window.__entente!.graph().hasNode(id), INDIA)).toBe(false);

    await page.locator("#panel details.curation > summary").click();
    await page.locator('#panel input[data-field="curation-import"]').setInputFiles({
      name: "decisions.json",
      mimeType: "application/json",
      buffer: Buffer.from(JSON.stringify(exported)),
    });
    await page.waitForFunction((n) => Number(document.getElementById("counts")!.dataset.totalNodes) === n, before.totalNodes, WAIT);
    expect(pageErrors).toEqual([]);
  });

  it("filters by date range with the slider (refetching the graph)", async () => {
    const posted = await page.evaluate(async () => {
      const response = await fetch("/api/documents", {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify([
          { title: "Old", text: "Angela Merkel visited Paris with Emmanuel Macron.", published: "2020-01-15" },
          { title: "New", text: "Olaf Scholz visited Warsaw with Donald Tusk.", published: "2024-06-15" },
        ]),
      });
      return response.status;
    });
    expect(posted).toBeLessThan(300);
    await page.reload();
    await page.waitForSelector("body[data-ready=true]", WAIT);
    await page.waitForSelector("#timeline:not([hidden])", WAIT);
    const before = await counts(page);
    await page.locator('input[name="date-from"]').fill(await page.locator('input[name="date-from"]').evaluate((input) => (input as HTMLInputElement).max));
    await page.waitForFunction(() => Boolean(window.__entente!.state.get().dateRange.from), undefined, WAIT);
    await page.waitForFunction((total) => Number(document.getElementById("counts")!.dataset.totalNodes) !== total, before.totalNodes, WAIT);
    const after = await counts(page);
    expect(after.totalNodes).toBeLessThan(before.totalNodes);
    // The URL is written after its own debounce, which may end after the refetch.
    await page.waitForFunction(() => location.hash.includes("from=2024-06-15"), undefined, WAIT);
    await page.screenshot({ path: await outputPath("dates.png") });
  });
});

describe("the viewer in a narrow window", () => {
  let server: TestServer | undefined;
  let browser: Browser | undefined;

  beforeAll(async () => {
    server = await startTestServer();
    browser = await launchBrowser();
  }, 90_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it("keeps search, panel (as a bottom sheet) and counts usable at 420 px", async () => {
    const page = await browser!.newPage({ viewport: { width: 420, height: 800 } });
    await page.goto(server!.url);
    await page.waitForSelector("body[data-ready=true]", WAIT);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(420);
    await waitForIdle(page);
    await openEntity(page, "Vladimir Putin");
    // The selection is centered in the part of the graph the bottom sheet leaves free.
    const onScreen = await page.evaluate((putin) => {
      const { sigma } = window.__entente!;
      const point = sigma.framedGraphToViewport(sigma.getNodeDisplayData(putin)!);
      const graphTop = sigma.getContainer().getBoundingClientRect().top;
      return { x: point.x, y: point.y + graphTop, sheetTop: document.getElementById("panel")!.getBoundingClientRect().top };
    }, PUTIN);
    expect(onScreen.x).toBeGreaterThan(0);
    expect(onScreen.x).toBeLessThan(420);
    expect(onScreen.y).toBeLessThan(onScreen.sheetTop);
    const panel = (await page.locator("#panel").boundingBox())!;
    expect(panel.width).toBeGreaterThan(400);
    expect(panel.y).toBeGreaterThan(300);
    expect(await page.locator("#counts").isVisible()).toBe(true);
    expect(await page.locator("#search input").isVisible()).toBe(true);
    await page.locator(`#panel .neighbor[data-id="${XI}"]`).click();
    await page.waitForSelector("#panel[data-state=evidence]", WAIT);
    await page.screenshot({ path: await outputPath("narrow.png") });
  });
});
