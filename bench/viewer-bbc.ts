/**
 * The BBC row of `npm run bench:viewer`: entente's real server on the 2,095 BBC articles (ingested
 * by the CLI once per bench run, or a database named by BENCH_VIEWER_BBC_DB), and the time from
 * page load to a settled, labelled default view; against a bare sigma page drawing the same
 * subgraph (the default view's nodes and edges) with graphology's ForceAtlas2 worker, same run.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import express from "express";
import type { Browser, Page } from "playwright-core";
import { computeVisibility } from "../client/src/filters";
import { buildGraph, indexGraph } from "../client/src/graph";
import { DEFAULT_SETTINGS } from "../client/src/settings";
import { DEFAULT_FILTERS } from "../client/src/state";
import { startServer } from "../server/src/api/index.js";
import type { SerializedGraphPayload } from "../server/src/types";
import { REPO_ROOT } from "../tests/e2e/helpers";
import { median } from "./median.js";

export const BBC_CORPUS = resolve(REPO_ROOT, "../shared/corpora/bbc-news-2095");

export interface Settled {
  /** From navigation start to the first frame drawn with the layout's final positions. */
  ms: number;
  /** Labels sigma drew in that frame. */
  labels: number;
}

export interface BbcResult {
  viewer: Settled[];
  bare: Settled[];
  nodes: number;
  edges: number;
  totalNodes: number;
  totalEdges: number;
  database: string;
}

/** The database to serve: BENCH_VIEWER_BBC_DB when it exists, else the corpus ingested by the CLI into a temporary file. */
function bbcDatabase(): string {
  const given = process.env.BENCH_VIEWER_BBC_DB;
  if (given && existsSync(given)) return given;
  const db = join(mkdtempSync(join(tmpdir(), "entente-bench-bbc-")), "bbc.db");
  console.log(`bench:viewer: ingesting ${BBC_CORPUS} into ${db} (several minutes; BENCH_VIEWER_BBC_DB=${db} reuses it)`);
  // Through the npm script, so the ingestion runs with the Node flags entente itself is started with.
  const cli = spawnSync("npm", ["run", "-s", "entente", "--", "ingest", BBC_CORPUS, "--db", db], { cwd: REPO_ROOT, stdio: "inherit" });
  if (cli.status !== 0) throw new Error(`bench:viewer: entente ingest failed (exit ${cli.status})`);
  return db;
}

/** The default view of `payload` as a graph payload of its own, computed with the viewer's own filter code. */
function defaultView(payload: SerializedGraphPayload): { view: SerializedGraphPayload; nodes: number; edges: number } {
  const graph = buildGraph(payload);
  const index = indexGraph(graph);
  const shown = computeVisibility(index, DEFAULT_FILTERS);
  const nodes = index.nodes.filter((_node, i) => shown.nodeShown[i]).map((key) => ({ key, attributes: { label: graph.getNodeAttribute(key, "label") } }));
  const edges = index.edges
    .map((_edge, e) => e)
    .filter((e) => shown.edgeShown[e])
    .map((e) => ({ source: index.nodes[index.edgeSource[e]], target: index.nodes[index.edgeTarget[e]], undirected: true, attributes: { weight: index.edgeWeight[e] } }));
  const view = { attributes: payload.attributes, options: { type: "undirected" }, nodes, edges } as unknown as SerializedGraphPayload;
  return { view, nodes: nodes.length, edges: edges.length };
}

/**
 * Resolves window.__settled when the viewer's layout has run and gone idle, at the next frame
 * sigma draws (the one with the final positions). Runs in the page before its own code.
 */
const VIEWER_SETTLED_HOOK = `
window.__settled = new Promise((resolve) => {
  let ran = false;
  const observer = new MutationObserver(() => {
    const body = document.body;
    if (!body) return;
    if (body.dataset.layout === "running") ran = true;
    if (!ran || body.dataset.layout !== "idle" || !window.__entente) return;
    observer.disconnect();
    const sigma = window.__entente.sigma;
    sigma.once("afterRender", () => resolve({ ms: performance.now(), labels: sigma.getNodeDisplayedLabels().size }));
  });
  observer.observe(document, { subtree: true, attributes: true, attributeFilter: ["data-layout", "data-ready"] });
});`;

async function settledViewer(page: Page, url: string): Promise<Settled> {
  await page.addInitScript(VIEWER_SETTLED_HOOK);
  await page.goto(url);
  return page.evaluate(() => (window as unknown as { __settled: Promise<Settled> }).__settled);
}

async function settledBare(page: Page, url: string): Promise<Settled> {
  await page.goto(url);
  await page.waitForSelector("body[data-settled=true]", { state: "attached", timeout: 600_000 });
  return page.evaluate(() => ({ ms: performance.getEntriesByName("entente:settled")[0].startTime, labels: Number(document.body.dataset.labels) }));
}

/** Runs the BBC row `runs` times, alternating which page goes first; the last viewer run is saved as `screenshot`. */
export async function benchBbc(browser: Browser, bareDist: string, runs: number, screenshot: string | null): Promise<BbcResult> {
  const database = bbcDatabase();
  const server = await startServer({ port: 0, db: database, workers: 1 });
  const payload = (await (await fetch(`${server.url}/api/graph`)).json()) as SerializedGraphPayload;
  const { view, nodes, edges } = defaultView(payload);
  const app = express();
  const body = JSON.stringify(view);
  app.get("/api/graph", (_req, res) => res.type("application/json").send(body));
  app.use(express.static(bareDist));
  const bare = await new Promise<import("node:http").Server>((done) => {
    const s = app.listen(0, "127.0.0.1", () => done(s));
  });
  const bareUrl = `http://127.0.0.1:${(bare.address() as AddressInfo).port}/?fa2=${DEFAULT_SETTINGS.layoutIterations}`;
  const result: BbcResult = { viewer: [], bare: [], nodes, edges, totalNodes: payload.nodes.length, totalEdges: payload.edges.length, database };
  try {
    for (let run = 0; run < runs; run++) {
      const kinds = run % 2 ? (["bare", "viewer"] as const) : (["viewer", "bare"] as const);
      for (const kind of kinds) {
        const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
        const page = await context.newPage();
        page.setDefaultTimeout(600_000);
        await page.addInitScript("window.__name = (fn) => fn;");
        page.on("pageerror", (error) => console.error(`bbc ${kind}: page error: ${error.message}`));
        const settled = kind === "viewer" ? await settledViewer(page, `${server.url}/`) : await settledBare(page, bareUrl);
        result[kind].push(settled);
        console.log(`BBC ${kind} run ${run + 1}: ${JSON.stringify(settled)}`);
        if (kind === "viewer" && run === runs - 1 && screenshot) await page.screenshot({ path: screenshot });
        await context.close();
      }
    }
  } finally {
    await new Promise((done) => bare.close(done));
    await server.close();
  }
  return result;
}

/** The table row of a BBC result. */
export function bbcRow(result: BbcResult): string {
  const viewer = median(result.viewer.map((s) => s.ms));
  const bare = median(result.bare.map((s) => s.ms));
  const name = `BBC default view (${result.nodes.toLocaleString("en-US")} / ${result.edges.toLocaleString("en-US")})`;
  return `| ${name} | page load to settled, labelled view (ms) | ${viewer.toFixed(0)} | ${bare.toFixed(0)} | ${(viewer / bare).toFixed(2)} | <= 1.5 |`;
}
