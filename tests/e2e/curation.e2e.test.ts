/**
 * Curation at corpus scale, end to end in real Chromium on entente's server and the seeds: any
 * hidden entity shown again from the review sheet's list, and bulk hide and merge from the table.
 */
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { EntityResponse } from "../../server/src/types";
import { launchBrowser, outputPath, startTestServer, type TestServer } from "./helpers";
import { WAIT, waitForIdle } from "./viewer-helpers";

const INDIA = "country:india";
const RUSSIA = "country:russia";

describe("curation from the review sheet and the table", () => {
  let server: TestServer | undefined;
  let browser: Browser | undefined;
  let page: Page;
  const errors: string[] = [];
  const hasNode = (id: string): Promise<boolean> => page.evaluate((id) => window.__entente!.graph().hasNode(id), id);
  const waitForNode = (id: string, present: boolean) =>
    page.waitForFunction(([id, present]) => window.__entente!.graph().hasNode(id as string) === present, [id, present] as const, WAIT);

  beforeAll(async () => {
    server = await startTestServer();
    browser = await launchBrowser();
    page = await (await browser.newContext({ viewport: { width: 1280, height: 720 } })).newPage();
    page.on("pageerror", (error) => errors.push(error.message));
    page.on("console", (message) => {
      if (message.type() === "error") errors.push(message.text());
    });
    await page.goto(server.url);
    await page.waitForSelector("body[data-ready=true]", WAIT);
    await waitForIdle(page);
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function hideFromPanel(id: string): Promise<void> {
    await page.evaluate((id) => window.__entente!.state.select(id), id);
    await page.waitForSelector("#panel[data-state=entity]", WAIT);
    const curation = page.locator("#panel details.curation");
    if (!(await curation.evaluate((element) => (element as HTMLDetailsElement).open))) await curation.locator("summary").click();
    await page.locator('#panel [data-action="hide"]').click();
    await waitForNode(id, false);
  }

  /** Opens the table on its entities tab and waits for its rows. */
  async function openTable(): Promise<void> {
    if ((await page.locator("#table-toggle").getAttribute("aria-expanded")) !== "true") await page.locator("#table-toggle").click();
    await page.locator('#table-view [data-tab="entities"]').click();
    await page.waitForSelector('#table-view table[data-table="entities"] tbody input[data-select]', WAIT);
  }

  /** The entity ids of the table's rows, in their order (documents, most first). */
  const rowIds = (): Promise<string[]> =>
    page.locator('#table-view table[data-table="entities"] tbody input[data-select]').evaluateAll((boxes) => boxes.map((box) => (box as HTMLElement).dataset.select!));

  it("hides two entities, then shows the first again from the hidden list though it is not the latest decision", async () => {
    await hideFromPanel(INDIA);
    await hideFromPanel(RUSSIA);
    await page.evaluate(() => window.__entente!.state.select(null));
    await page.locator("#review-toggle").click();
    const india = page.locator(`#review-view [data-section=hidden] .review-item[data-id="${INDIA}"]`);
    await india.waitFor(WAIT);
    await page.locator(`#review-view [data-section=hidden] .review-item[data-id="${RUSSIA}"]`).waitFor(WAIT);
    expect(await india.innerText()).toContain("India");
    await india.locator("[data-action=unhide]").click();
    await waitForNode(INDIA, true);
    expect(await hasNode(RUSSIA)).toBe(false);
    // The list follows the new graph: India leaves it, Russia stays.
    await india.waitFor({ state: "detached", ...WAIT });
    expect(await page.locator("#review-view [data-section=hidden] .review-item").evaluateAll((items) => items.map((item) => (item as HTMLElement).dataset.id))).toEqual([RUSSIA]);
    await page.waitForFunction(() => document.querySelector("#toast .toast-text")?.textContent?.includes("shown again"), undefined, WAIT);
    await page.locator("#review-view .panel-close").click();
    expect(errors).toEqual([]);
  });

  it("hides the ticked rows of the table in one go, and one Undo brings them all back", async () => {
    await openTable();
    const [, second, third] = await rowIds();
    await page.locator(`#table-view input[data-select="${second}"]`).check();
    await page.locator(`#table-view input[data-select="${third}"]`).check();
    expect(await page.locator("#table-view [data-role=selection-count]").innerText()).toBe("2 selected");
    await page.locator("#table-view [data-action=bulk-hide]").click();
    await waitForNode(second, false);
    await waitForNode(third, false);
    expect(await rowIds()).not.toContain(second);
    await page.waitForFunction(() => document.querySelector("#toast .toast-text")?.textContent === "Hid 2 entities.", undefined, WAIT);
    await page.locator("#toast [data-action=toast-undo]").click();
    await waitForNode(second, true);
    await waitForNode(third, true);
    expect(errors).toEqual([]);
  });

  it("merges the ticked rows into the one chosen: the others are gone and their names are its aliases", async () => {
    await openTable();
    const ids = (await rowIds()).slice(3, 6);
    const labels = await page.evaluate((ids) => ids.map((id) => window.__entente!.graph().getNodeAttribute(id, "label")), ids);
    for (const id of ids) await page.locator(`#table-view input[data-select="${id}"]`).check();
    const into = ids[1];
    await page.locator("#table-view select[name=merge-into]").selectOption(into);
    await page.screenshot({ path: await outputPath("curation-bulk-merge.png") });
    await page.locator("#table-view [data-action=bulk-merge]").click();
    await waitForNode(ids[0], false);
    await waitForNode(ids[2], false);
    expect(await hasNode(into)).toBe(true);
    const entity = (await page.evaluate(async (id) => (await fetch(`/api/entities/${encodeURIComponent(id)}`)).json(), into)) as EntityResponse;
    expect(entity.aliases).toEqual(expect.arrayContaining([labels[0], labels[2]]));
    await page.waitForFunction((label) => document.querySelector("#toast .toast-text")?.textContent === `Merged 2 entities into ${label}.`, labels[1], WAIT);
    // The selection is spent: nothing is ticked once the decision is taken.
    expect(await page.locator("#table-view tbody input[data-select]:checked").count()).toBe(0);
    expect(errors).toEqual([]);
  });
});
