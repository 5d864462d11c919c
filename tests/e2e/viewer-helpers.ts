/** Steps the viewer tests share: waiting, reading counts, picking entities, hovering nodes. */
import type { Page } from "playwright-core";

/** Software WebGL is slow: waits are on conditions, with room to spare. */
export const WAIT = { timeout: 45_000 };

export async function waitForIdle(page: Page): Promise<void> {
  await page.waitForFunction(() => document.body.dataset.layout === "idle", undefined, { timeout: 60_000 });
}

/** The shown/total counts as the page writes them. */
export async function counts(page: Page): Promise<{ nodes: number; edges: number; totalNodes: number; totalEdges: number }> {
  return page.locator("#counts").evaluate((element) => {
    const data = (element as HTMLElement).dataset;
    return { nodes: Number(data.shownNodes), edges: Number(data.shownEdges), totalNodes: Number(data.totalNodes), totalEdges: Number(data.totalEdges) };
  });
}

/** Picks an entity with the top search box (keyboard), and waits for its panel. */
export async function openEntity(page: Page, text: string): Promise<void> {
  const search = page.getByRole("combobox", { name: "Search entities" });
  await search.fill(text);
  await page.waitForSelector("#search .search-suggestion", { timeout: 45_000 });
  await search.press("Enter");
  await page.waitForFunction((text) => document.querySelector("#panel[data-state=entity] .panel-title")?.textContent?.includes(text), text, { timeout: 45_000 });
  await page.waitForFunction(() => !window.__entente!.sigma.getCamera().isAnimating(), undefined, { timeout: 45_000 });
}

export async function clearSelection(page: Page): Promise<void> {
  await page.evaluate(() => window.__entente!.state.select(null));
  await page.waitForSelector("#panel[hidden]", { state: "attached", timeout: 45_000 });
}

/** Moves the pointer over a node: fold the controls so they do not cover it, center it if needed. */
export async function hoverNode(page: Page, node: string): Promise<void> {
  await page.locator("#controls").evaluate((element) => ((element as HTMLDetailsElement).open = false));
  await page.evaluate(async (node) => {
    const { sigma } = window.__entente!;
    const data = sigma.getNodeDisplayData(node)!;
    await sigma.getCamera().animate({ x: data.x, y: data.y, ratio: 0.6 }, { duration: 0 });
  }, node);
  await page.waitForTimeout(300);
  const point = await page.evaluate((node) => {
    const { sigma } = window.__entente!;
    const viewport = sigma.framedGraphToViewport(sigma.getNodeDisplayData(node)!);
    const box = sigma.getContainer().getBoundingClientRect();
    return { x: box.left + viewport.x, y: box.top + viewport.y };
  }, node);
  await page.mouse.move(point.x - 40, point.y - 40);
  await page.mouse.move(point.x, point.y, { steps: 4 });
}

/** Width and height from a PNG's IHDR chunk, after checking the signature. */
export function pngSize(bytes: Buffer): { width: number; height: number } {
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  if (!bytes.subarray(0, 8).equals(signature)) throw new Error("pngSize: not a PNG (bad signature)");
  if (bytes.toString("ascii", 12, 16) !== "IHDR") throw new Error("pngSize: no IHDR chunk first");
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}
