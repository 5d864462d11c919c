/** "Add articles" with dropped files read on the server, and the view's exports (GraphML, CSV, SVG, scaled PNG), in real Chromium. */
import { readFile } from "node:fs/promises";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DocumentListResponse } from "../../server/src/types";
import { launchBrowser, outputPath, startTestServer, type TestServer } from "./helpers";
import { WAIT, waitForIdle } from "./viewer-helpers";

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
    const list = (await (await page.request.get(`${server!.url}/api/documents?limit=500`)).json()) as DocumentListResponse;
    const stored = list.documents.find((d) => d.path === "wellington.md");
    expect(stored).toMatchObject({ title: "Ardern and Trudeau meet in Wellington", published: "2023-06-14" });
    expect(stored?.outlet).toBeUndefined();
    await page.waitForFunction(() => window.__entente!.graph().someNode((_node, a) => a.label === "Justin Trudeau"), undefined, WAIT);
    await page.locator("#ingest-dialog button", { hasText: "Close" }).click();
    await waitForIdle(page);
    expect(pageErrors).toEqual([]);
  });
});
