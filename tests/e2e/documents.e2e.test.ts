/**
 * Reading the proof and telling the time, end to end in real Chromium: evidence names its document
 * and opens the article reader on its sentence, the documents list filters, back and forward step
 * through both, and the timeline counts the undated documents and keeps them unless told not to.
 */
import { resolve } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SEEDS_DIR } from "../../server/src/config.js";
import { launchBrowser, outputPath, REPO_ROOT, startTestServer, type TestServer } from "./helpers";
import { counts, openEntity, WAIT } from "./viewer-helpers";

const NEWSROOM = resolve(REPO_ROOT, "tests/fixtures/documents/newsroom");
const PUTIN = "person:vladimir-putin";
const XI = "person:xi-jinping";

/** The ids of the rows the documents list shows, once it has answered. */
async function listed(page: Page): Promise<string[]> {
  await page.waitForSelector("#documents-view[data-state=ready]", WAIT);
  return page.locator("#documents-view .document-row").evaluateAll((rows) => rows.map((row) => (row as HTMLElement).dataset.id ?? ""));
}

/** Waits for the list to answer a change made by `act`, then gives its rows. */
async function listedAfter(page: Page, act: () => Promise<unknown>): Promise<string[]> {
  const before = await page.evaluate(() => JSON.stringify(window.__entente!.state.get().documents));
  await act();
  await page.waitForFunction((before) => JSON.stringify(window.__entente!.state.get().documents) !== before, before, WAIT);
  await page.waitForFunction(() => document.querySelector("#documents-view")?.getAttribute("data-state") === "ready", undefined, WAIT);
  return listed(page);
}

describe("reading the proof: evidence, the article reader and the documents list", () => {
  let server: TestServer | undefined;
  let browser: Browser | undefined;
  let page: Page;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    server = await startTestServer({ inputs: [SEEDS_DIR, NEWSROOM] });
    browser = await launchBrowser();
    page = await (await browser.newContext({ viewport: { width: 1280, height: 720 } })).newPage();
    page.on("pageerror", (error) => pageErrors.push(error.message));
    await page.goto(server.url);
    await page.waitForSelector("body[data-ready=true]", WAIT);
  }, 90_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it("names each evidence sentence's document by title, outlet and date", async () => {
    await openEntity(page, "Vladimir Putin");
    await page.locator(`#panel .neighbor[data-id="${XI}"]`).click();
    await page.waitForSelector("#panel[data-state=evidence]", WAIT);
    const sources = await page.locator("#panel .evidence-source").allInnerTexts();
    expect(sources.length).toBeGreaterThan(0);
    expect(sources.some((text) => text.includes("Epoch Times") && text.includes("2022-09-16"))).toBe(true);
    expect(sources.some((text) => text.startsWith("Double Trouble: Vladimir Putin-Xi Jinping sitdown") && text.includes("undated"))).toBe(true);
  });

  it("opens the reader on the clicked sentence, scrolled into view and marked, every mention highlighted", async () => {
    const item = page.locator("#panel .evidence-item").nth(1);
    const sentence = Number(await item.locator(".evidence-document").getAttribute("data-sentence"));
    const documentId = await item.locator(".evidence-document").getAttribute("data-document");
    const quoted = (await item.locator(".evidence-text").innerText()).replace(/\s+/g, " ").trim();
    await item.locator(".evidence-document").click();
    await page.waitForSelector(`#reader[data-state=ready][data-document="${documentId}"]`, WAIT);
    expect(await page.evaluate(() => window.__entente!.state.get().reader)).toEqual({ document: documentId, sentence });
    const marked = page.locator("#reader .reader-sentence.is-evidence");
    expect(await marked.count()).toBe(1);
    expect(await marked.getAttribute("data-sentence")).toBe(String(sentence));
    expect((await marked.innerText()).replace(/\s+/g, " ").trim()).toBe(quoted);
    // Inside the reader's scrolled text, on screen.
    const box = await marked.boundingBox();
    const frame = await page.locator("#reader .reader-text").boundingBox();
    expect(box!.y).toBeGreaterThanOrEqual(frame!.y - 1);
    expect(box!.y + box!.height).toBeLessThanOrEqual(frame!.y + frame!.height + 1);
    // Both entities are marked wherever they are mentioned, as links, with the type's colour.
    const putins = page.locator(`#reader button.mention[data-entity="${PUTIN}"]`);
    expect(await putins.count()).toBeGreaterThan(1);
    expect(await page.locator(`#reader .mention[data-entity="${XI}"]`).count()).toBeGreaterThan(0);
    expect(await marked.locator(".mention").count()).toBeGreaterThanOrEqual(2);
    expect(await putins.first().evaluate((element) => element.classList.contains("type-person"))).toBe(true);
    await page.screenshot({ path: await outputPath("reader.png") });
  });

  it("a click on a mention in the reader selects that entity; Back reopens the reader, Forward closes it", async () => {
    await page.locator(`#reader button.mention[data-entity="${XI}"]`).first().click();
    await page.waitForSelector("#reader", { state: "hidden", ...WAIT });
    await page.waitForFunction((xi) => window.__entente!.state.get().selected === xi, XI, WAIT);
    await page.waitForSelector("#panel[data-state=entity]", WAIT);
    await page.goBack();
    await page.waitForSelector("#reader[data-state=ready]", WAIT);
    expect(await page.locator("#reader .reader-sentence.is-evidence").count()).toBe(1);
    await page.goForward();
    await page.waitForSelector("#reader", { state: "hidden", ...WAIT });
    expect(await page.evaluate(() => window.__entente!.state.get().reader)).toBeNull();
  });

  it("filters the documents list by outlet, category and date, and searches titles and text", async () => {
    await page.locator("#documents-toggle").click();
    const all = await listed(page);
    expect(all).toHaveLength(9);
    expect(await page.locator("#documents-view .documents-title").innerText()).toBe("9 documents");
    expect(await listedAfter(page, () => page.selectOption('select[name="documents-outlet"]', "Reuters"))).toEqual(["01-gas-deal", "01-summit"]);
    expect(await listedAfter(page, () => page.selectOption('select[name="documents-category"]', "business"))).toEqual(["01-gas-deal"]);
    expect(await listedAfter(page, () => page.selectOption('select[name="documents-outlet"]', ""))).toEqual(["02-oil-price", "01-gas-deal"]);
    expect(await listedAfter(page, () => page.selectOption('select[name="documents-category"]', ""))).toHaveLength(9);
    // A date range keeps the undated documents (4 here) until they are left out.
    const ranged = await listedAfter(page, () => page.locator('input[name="documents-from"]').fill("2023-03-10"));
    expect(ranged).toHaveLength(1 + 4);
    expect(ranged[0]).toBe("02-oil-price");
    expect(await page.locator("#documents-view .documents-undated").innerText()).toBe("Include 4 undated");
    expect(await listedAfter(page, () => page.locator('input[name="documents-undated"]').uncheck())).toEqual(["02-oil-price"]);
    expect(await listedAfter(page, () => page.locator('input[name="documents-from"]').fill(""))).toHaveLength(5);
    expect(await listedAfter(page, () => page.selectOption('select[name="documents-sort"]', "oldest"))).toEqual(["000_fab0eeebba585610", "003_41e8d1467cf90a82", "01-summit", "01-gas-deal", "02-oil-price"]);
    expect(await listedAfter(page, () => page.locator('input[name="documents-q"]').fill("pipeline"))).toEqual(["01-gas-deal"]);
    // The filters are in the link (written after its debounce), so a colleague opens the same list.
    await page.waitForFunction(() => location.hash.includes("dq=pipeline") && location.hash.includes("dund=exclude"), undefined, WAIT);
    await page.screenshot({ path: await outputPath("documents.png") });
  });

  it("lists the documents that mention an entity, and a pair's, from the panel; Back and Forward step through them", async () => {
    await page.locator("#documents-view .panel-close").click();
    await page.waitForSelector("#documents-view", { state: "hidden", ...WAIT });
    await openEntity(page, "Emmanuel Macron");
    await page.locator('#panel [data-action="entity-documents"]').click();
    expect(await listed(page)).toEqual(["01-summit"]);
    expect(await page.locator("#documents-view .documents-title").innerText()).toBe("1 document mentioning Emmanuel Macron");
    // A row opens the reader on the article.
    await page.locator('#documents-view .document-row[data-id="01-summit"]').click();
    await page.waitForSelector('#reader[data-state=ready][data-document="01-summit"]', WAIT);
    expect(await page.locator("#reader .reader-title").innerText()).toBe("Macron meets Scholz in Paris");
    expect(await page.locator("#reader .reader-meta").innerText()).toContain("Reuters · 2023-01-22 · politics");
    await page.goBack();
    await page.waitForSelector("#reader", { state: "hidden", ...WAIT });
    expect(await page.locator("#documents-view").isVisible()).toBe(true);
    // The keyboard user is back on the row that opened the article.
    expect(await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.id)).toBe("01-summit");
    await page.goBack();
    await page.waitForSelector("#documents-view", { state: "hidden", ...WAIT });
    await page.goForward();
    await page.waitForSelector("#documents-view[data-state=ready]", WAIT);
    expect(await listed(page)).toEqual(["01-summit"]);

    // The pair: the documents with a sentence naming both.
    await page.locator("#documents-view .panel-close").click();
    await page.locator('#panel .neighbor[data-id="person:olaf-scholz"]').click();
    await page.waitForSelector("#panel[data-state=evidence]", WAIT);
    await page.locator('#panel [data-action="pair-documents"]').click();
    expect(await listed(page)).toEqual(["01-summit"]);
    expect(await page.locator("#documents-view .documents-title").innerText()).toBe("1 document with Emmanuel Macron and Olaf Scholz in one sentence");
    expect(pageErrors).toEqual([]);
  });

  it("links the original article only when its address is a web address, and shows its text as text", async () => {
    const posted = await page.evaluate(async () => {
      const response = await fetch("/api/documents", {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify([
          { id: "web", title: "On the web", url: "https://example.org/story", text: "Angela Merkel met <img src=x onerror=alert(1)> Emmanuel Macron in Berlin." },
          { id: "script", title: "A trap", url: "javascript:alert(1)", text: "Angela Merkel met Justin Trudeau in Ottawa." },
        ]),
      });
      return response.status;
    });
    expect(posted).toBe(201);
    await page.evaluate(() => window.__entente!.state.update({ reader: { document: "web", sentence: 0 } }));
    await page.waitForSelector('#reader[data-state=ready][data-document="web"]', WAIT);
    expect(await page.locator("#reader a.reader-original").getAttribute("href")).toBe("https://example.org/story");
    expect(await page.locator("#reader img").count()).toBe(0);
    expect(await page.locator("#reader .reader-text").innerText()).toContain("<img src=x onerror=alert(1)>");
    await page.evaluate(() => window.__entente!.state.update({ reader: { document: "script", sentence: null } }));
    await page.waitForSelector('#reader[data-state=ready][data-document="script"]', WAIT);
    expect(await page.locator("#reader a").count()).toBe(0);
    // Escape closes the reader before anything else (the panel stays as it was).
    const selected = await page.evaluate(() => window.__entente!.state.get().selected);
    await page.keyboard.press("Escape");
    await page.waitForSelector("#reader", { state: "hidden", ...WAIT });
    expect(await page.evaluate(() => window.__entente!.state.get().selected)).toBe(selected);
    expect(pageErrors).toEqual([]);
  });
});

describe("time that tells the truth: the timeline on the seeds (3 of 5 undated)", () => {
  let server: TestServer | undefined;
  let browser: Browser | undefined;
  let page: Page;

  beforeAll(async () => {
    server = await startTestServer();
    browser = await launchBrowser();
    page = await (await browser.newContext({ viewport: { width: 1280, height: 720 } })).newPage();
    await page.goto(server.url);
    await page.waitForSelector("body[data-ready=true]", WAIT);
  }, 90_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it("draws the dated documents over time and counts the undated ones, included by default", async () => {
    await page.waitForSelector("#timeline .timeline-bar", WAIT);
    const bars = await page.locator("#timeline .timeline-bar").evaluateAll((elements) => elements.map((e) => Number((e as HTMLElement).dataset.count)));
    expect(bars.reduce((sum, count) => sum + count, 0)).toBe(2);
    expect(bars.filter((count) => count > 0)).toHaveLength(2);
    expect(await page.locator("#timeline .timeline-undated").innerText()).toBe("Include 3 undated");
    expect(await page.locator('input[name="include-undated"]').isChecked()).toBe(true);
  });

  it("keeps the undated documents in a date range, and leaves them out when unticked", async () => {
    const whole = await counts(page);
    const max = await page.locator('input[name="date-from"]').evaluate((input) => (input as HTMLInputElement).max);
    const graphs: string[] = [];
    page.on("request", (request) => {
      if (request.url().includes("/api/graph")) graphs.push(request.url());
    });
    await page.locator('input[name="date-from"]').fill(max);
    await page.waitForFunction(() => location.hash.includes("from=2022-12-30"), undefined, WAIT);
    await page.waitForFunction((total) => Number(document.getElementById("counts")!.dataset.totalNodes) !== total, whole.totalNodes, WAIT);
    const ranged = await counts(page);
    // One dated seed and the three undated ones: most of the graph is still there (68 -> 22 when they were dropped).
    expect(ranged.totalNodes).toBeGreaterThan(whole.totalNodes * 0.6);
    await page.locator('input[name="include-undated"]').uncheck();
    await page.waitForFunction((total) => Number(document.getElementById("counts")!.dataset.totalNodes) !== total, ranged.totalNodes, WAIT);
    const dated = await counts(page);
    expect(dated.totalNodes).toBeLessThan(ranged.totalNodes);
    expect(graphs.some((url) => url.includes("from=2022-12-30") && url.includes("undated=exclude"))).toBe(true);
    await page.waitForFunction(() => location.hash.includes("undated=exclude"), undefined, WAIT);
    // The choice survives a reload (it is in the link).
    await page.reload();
    await page.waitForSelector("body[data-ready=true]", WAIT);
    await page.waitForSelector("#timeline .timeline-bar", WAIT);
    expect(await page.locator('input[name="include-undated"]').isChecked()).toBe(false);
    expect((await counts(page)).totalNodes).toBe(dated.totalNodes);
  });

  it("narrows the range to a bar's days when the bar is clicked", async () => {
    await page.locator('#timeline .timeline-bar[data-start="2022-09-01"]').click();
    await page.waitForFunction(() => location.hash.includes("from=2022-09-01") && location.hash.includes("to=2022-09-30"), undefined, WAIT);
    expect(await page.evaluate(() => window.__entente!.state.get().dateRange)).toEqual({ from: "2022-09-01", to: "2022-09-30", undated: "exclude" });
    expect(await page.locator('#timeline .timeline-bar.in-range').evaluateAll((bars) => bars.map((bar) => (bar as HTMLElement).dataset.start))).toEqual(["2022-09-01"]);
    await page.locator("#controls").screenshot({ path: await outputPath("timeline.png") });
  });
});
