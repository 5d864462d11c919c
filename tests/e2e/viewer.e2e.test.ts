/** The viewer end to end: real server on the seeds, real headless Chromium, real WebGL. */
import { mkdir, readFile } from "node:fs/promises";
import { dirname } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_SETTINGS } from "../../client/src/settings";
import { countColorPixels, launchBrowser, outputPath, README_SCREENSHOT, startTestServer, type TestServer } from "./helpers";

/** Software WebGL is slow: waits are on conditions, with room to spare. */
const WAIT = { timeout: 45_000 };
const PUTIN = "person:vladimir-putin";
const XI = "person:xi-jinping";

describe("the viewer on the seeds", () => {
  let server: TestServer | undefined;
  let browser: Browser | undefined;
  let page: Page;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    server = await startTestServer();
    browser = await launchBrowser();
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, acceptDownloads: true });
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

  it("loads the page and draws the graph on the WebGL canvas", async () => {
    await page.goto(server!.url);
    await page.waitForSelector("body[data-ready]", WAIT);
    expect(await page.getAttribute("body", "data-ready")).toBe("true");
    // Three legend entries, one per entity type, each with a non-zero count.
    expect(await page.locator(".legend-item").count()).toBe(3);

    // Wait until sigma has rendered and placed labels, then look at the pixels actually shown.
    await page.waitForFunction(() => (window.__entente?.sigma.getNodeDisplayedLabels().size ?? 0) > 0, undefined, WAIT);
    const graphBox = await page.locator("#graph").boundingBox();
    const png = await page.screenshot({ clip: graphBox!, path: await outputPath("graph.png") });
    const counts = await countColorPixels(page, png, DEFAULT_SETTINGS.typeColors);
    // Nodes of every type cover real area: a blank or failed canvas has none of these colors.
    expect(counts.person).toBeGreaterThan(200);
    expect(counts.country).toBeGreaterThan(200);
    expect(counts.organization).toBeGreaterThan(100);

    const rendered = await page.evaluate(() => {
      const { sigma, graph } = window.__entente!;
      return { order: graph.order, labels: [...sigma.getNodeDisplayedLabels()] };
    });
    expect(rendered.order).toBeGreaterThan(20);
    expect(rendered.labels.length).toBeGreaterThan(3);
    expect(pageErrors).toEqual([]);
  });

  it("searching 'Putin' focuses Vladimir Putin and lists Xi Jinping among his neighbors", async () => {
    const search = page.getByRole("combobox", { name: "Search entities" });
    await search.fill("Putin");
    await page.waitForSelector(".search-suggestion", WAIT);
    await expect(page.locator(".search-suggestion").first().innerText()).resolves.toContain("Vladimir Putin");
    await search.press("Enter");

    const panel = page.locator("#panel");
    await page.waitForSelector("#panel[data-state=entity]", WAIT);
    await expect(panel.locator(".panel-title").innerText()).resolves.toBe("Vladimir Putin");
    await expect(panel.locator(".neighbor-label").allInnerTexts()).resolves.toContain("Xi Jinping");

    // The selection reaches sigma through the reducers: Putin and his neighbors keep their
    // colors, everything else is dimmed; the camera centers Putin in the part the panel leaves free.
    await page.waitForFunction(() => !window.__entente!.sigma.getCamera().isAnimating(), undefined, WAIT);
    const display = await page.evaluate(
      ({ putin, xi }) => {
        const { sigma, graph, state } = window.__entente!;
        const snapshot = state.get();
        const outsider = graph.findNode((node) => node !== putin && !snapshot.neighbors.has(node));
        return {
          selected: snapshot.selected,
          putinHighlighted: sigma.getNodeDisplayData(putin)?.highlighted,
          xiColor: sigma.getNodeDisplayData(xi)?.color,
          outsiderColor: outsider ? sigma.getNodeDisplayData(outsider)?.color : undefined,
          onScreen: sigma.framedGraphToViewport(sigma.getNodeDisplayData(putin)!),
          freeWidth: document.getElementById("panel")!.getBoundingClientRect().left,
          height: sigma.getDimensions().height,
        };
      },
      { putin: PUTIN, xi: XI },
    );
    expect(display.selected).toBe(PUTIN);
    expect(display.putinHighlighted).toBe(true);
    expect(display.xiColor).toBe(DEFAULT_SETTINGS.typeColors.person);
    if (display.outsiderColor !== undefined) expect(display.outsiderColor).toBe(DEFAULT_SETTINGS.dimmedNodeColor);
    expect(Math.abs(display.onScreen.x - display.freeWidth / 2)).toBeLessThan(20);
    expect(Math.abs(display.onScreen.y - display.height / 2)).toBeLessThan(20);

    // The README's screenshot: the graph, the legend and an open panel (no focus ring on the search).
    await search.blur();
    await mkdir(dirname(README_SCREENSHOT), { recursive: true });
    await page.screenshot({ path: README_SCREENSHOT });
  });

  it("clicking Xi Jinping in the panel shows sentences naming both, with their documents", async () => {
    await page.locator(`#panel .neighbor[data-id="${XI}"]`).click();
    await page.waitForSelector("#panel[data-state=evidence]", WAIT);
    expect(await page.evaluate(() => window.__entente!.state.get().evidenceWith)).toBe(XI);

    const items = page.locator("#panel .evidence-item");
    expect(await items.count()).toBeGreaterThan(0);
    const evidence = await items.evaluateAll((elements) =>
      elements.map((element) => ({
        text: element.querySelector(".evidence-text")?.textContent ?? "",
        putinMarks: [...element.querySelectorAll("mark.name-a")].map((mark) => mark.textContent),
        xiMarks: [...element.querySelectorAll("mark.name-b")].map((mark) => mark.textContent),
        document: element.querySelector(".document")?.textContent ?? "",
      })),
    );
    for (const item of evidence) {
      expect(item.document).not.toBe("");
      // Every sentence behind the edge names both men, and the viewer marks both names.
      expect(item.putinMarks.length, item.text).toBeGreaterThan(0);
      expect(item.xiMarks.length, item.text).toBeGreaterThan(0);
    }
    expect(evidence.some(({ text }) => text.includes("Putin") && text.includes("Xi"))).toBe(true);
    await page.screenshot({ path: await outputPath("evidence.png") });
  });

  it("downloads the graph as a GEXF file", async () => {
    const [download] = await Promise.all([page.waitForEvent("download", WAIT), page.locator("#download-gexf").click()]);
    expect(download.suggestedFilename()).toMatch(/\.gexf$/);
    const path = await download.path();
    const xml = await readFile(path, "utf8");
    expect(xml.trimStart().startsWith("<?xml")).toBe(true);
    expect(xml).toContain("<gexf");
    expect(xml).toContain("Vladimir Putin");
    expect(xml).toContain("Xi Jinping");
    expect(pageErrors).toEqual([]);
  });
});
