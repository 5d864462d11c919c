/**
 * `npm run bench:viewer`: entente's viewer against a bare sigma page (the floor) on synthetic graphs
 * of 5,000 nodes / 50,000 edges and 20,000 / 100,000, in headless Chromium (software WebGL here).
 * For each: time to first render, time for a filter change, frames per second while panning, JS
 * heap; medians of RUNS runs, and the viewer/bare ratios. Then the BBC corpus's default view, page
 * load to settled layout (viewer-bbc.ts). Writes the table to the README and docs/viewer.md.
 * BENCH_VIEWER_PROBE=1 loads the smaller graph once, =bbc the BBC view once; a probe writes nothing.
 */
import { readFile, writeFile } from "node:fs/promises";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import express from "express";
import { UndirectedGraph } from "graphology";
import clusters from "graphology-generators/random/clusters";
import type { Page } from "playwright-core";
import { build } from "vite";
import { createRandom } from "../client/src/layout/seeded-random";
import { DEFAULT_SETTINGS } from "../client/src/settings";
import { ENTITY_TYPES, type SerializedGraphPayload } from "../server/src/types";
import { launchBrowser, REPO_ROOT } from "../tests/e2e/helpers";
import { median } from "./median.js";
import { BBC_CORPUS, bbcRow, benchBbc, type BbcResult } from "./viewer-bbc.js";

const SIZES = [
  { name: "5k / 50k", order: 5_000, size: 50_000, runs: 3 },
  { name: "20k / 100k", order: 20_000, size: 100_000, runs: 2 },
];
/** Panning lasts this long per run; at ~1.5 frames/s a shorter window counts too few frames. */
const PAN_MS = 4_000;
/** The filter change measured: hide nodes with fewer than this many edges. */
const MIN_DEGREE = 12;
/** Both hold the table between the same markers. */
const DOCS = [resolve(REPO_ROOT, "README.md"), resolve(REPO_ROOT, "docs/viewer.md")];
const BBC_RUNS = 3;
const BBC_SCREENSHOT = resolve(REPO_ROOT, "docs/bbc-default-view.png");
const PROBE = process.env.BENCH_VIEWER_PROBE;
/** The bare page is built here at each run (outside the repository). */
const BARE_DIST = join(tmpdir(), "entente-viewer-bare");

interface Figures {
  firstRenderMs: number;
  filterMs: number;
  fps: number;
  heapMb: number;
}

/** A clustered random graph with entity-like attributes and random positions (seeded). */
function syntheticGraph(order: number, size: number, name: string): SerializedGraphPayload {
  const random = createRandom(7);
  const graph = clusters(UndirectedGraph, { order, size, clusters: Math.round(order / 250), rng: random });
  const exported = graph.export();
  return {
    attributes: { name, documents: order, sentences: size },
    options: { type: "undirected" },
    nodes: exported.nodes.map(({ key }, i) => ({
      key,
      attributes: {
        label: `Entity ${key}`,
        type: ENTITY_TYPES[i % ENTITY_TYPES.length],
        mentions: 1 + Math.floor(random() * 50),
        documents: 1 + Math.floor(random() * 10),
        aliases: [],
        x: random() * 1000,
        y: random() * 1000,
      },
    })),
    edges: exported.edges.map(({ source, target }) => ({
      source,
      target,
      undirected: true,
      attributes: { weight: 1 + Math.floor(random() * random() * 20), documents: 1, npmi: 0 },
    })),
  };
}

/**
 * The viewer opens on a top-N view with weak links dropped; the bare page draws everything, so the
 * viewer is measured on the whole graph too (and the synthetic edges carry no NPMI to filter on).
 */
const WHOLE_GRAPH = "#top=0&npmi=-1";

async function serve(payload: string): Promise<{ url: string; close(): Promise<void> }> {
  const app = express();
  app.get("/api/graph", (_req, res) => res.type("application/json").send(payload));
  app.use("/bare", express.static(BARE_DIST));
  app.use(express.static(resolve(REPO_ROOT, "client/dist")));
  const server = await new Promise<import("node:http").Server>((done) => {
    const s = app.listen(0, "127.0.0.1", () => done(s));
  });
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise((done) => server.close(() => done())),
  };
}

/** Loads a page and measures it. `kind` picks the hooks (the viewer's or the bare page's). */
async function measure(page: Page, url: string, kind: "viewer" | "bare"): Promise<Figures> {
  // tsx compiles with keepNames, wrapping functions in a `__name` helper that pages lack.
  await page.addInitScript("window.__name = (fn) => fn;");
  page.on("pageerror", (error) => console.error(`${kind}: page error: ${error.message}`));
  page.on("console", (message) => {
    if (message.type() === "error") console.error(`${kind}: console: ${message.text()}`);
  });
  // A loaded 2-core machine drawing 100,000 edges in software keeps a page busy for minutes.
  page.setDefaultTimeout(600_000);
  await page.goto(url);
  const ready = await page.waitForFunction(() => document.body.dataset.ready, undefined, { timeout: 600_000 });
  if ((await ready.jsonValue()) !== "true") throw new Error(`bench:viewer: the ${kind} page failed to load`);
  const firstRenderMs = await page.evaluate(() => performance.getEntriesByName("entente:first-render")[0].startTime);
  if (process.env.BENCH_VIEWER_PROBE) {
    const timings = await page.evaluate(() =>
      performance.getEntriesByType("resource").map((entry) => `${entry.name.split("/").pop()} ${(entry as PerformanceResourceTiming).responseEnd.toFixed(0)}`),
    );
    console.log(kind, timings.join(", "));
  }

  const filterMs = await page.evaluate(
    async ({ kind, minDegree }) => {
      const sigma = kind === "viewer" ? window.__entente!.sigma : window.__bare!.sigma;
      const rendered = new Promise<void>((done) => sigma.once("afterRender", () => done()));
      const start = performance.now();
      if (kind === "viewer") {
        const state = window.__entente!.state;
        state.update({ filters: { ...state.get().filters, minDegree } });
      } else {
        window.__bare!.setMinDegree(minDegree);
      }
      await rendered;
      return performance.now() - start;
    },
    { kind, minDegree: MIN_DEGREE },
  );

  const fps = await page.evaluate(
    async ({ kind, panMs }) => {
      const sigma = kind === "viewer" ? window.__entente!.sigma : window.__bare!.sigma;
      const camera = sigma.getCamera();
      let frames = 0;
      const count = (): void => void frames++;
      sigma.on("afterRender", count);
      const start = performance.now();
      // A steady pan: move the camera a little every animation frame, as a drag would.
      await new Promise<void>((done) => {
        const step = (): void => {
          const elapsed = performance.now() - start;
          camera.setState({ x: 0.5 + 0.2 * Math.sin(elapsed / 1000) });
          if (elapsed < panMs) requestAnimationFrame(step);
          else done();
        };
        requestAnimationFrame(step);
      });
      sigma.off("afterRender", count);
      return (frames * 1000) / (performance.now() - start);
    },
    { kind, panMs: PAN_MS },
  );

  const cdp = await page.context().newCDPSession(page);
  await cdp.send("HeapProfiler.collectGarbage");
  await cdp.send("Performance.enable");
  const { metrics } = await cdp.send("Performance.getMetrics");
  const heap = metrics.find(({ name }) => name === "JSHeapUsedSize")?.value ?? 0;
  return { firstRenderMs, filterMs, fps, heapMb: heap / 1024 / 1024 };
}

function medians(runs: Figures[]): Figures {
  return {
    firstRenderMs: median(runs.map((r) => r.firstRenderMs)),
    filterMs: median(runs.map((r) => r.filterMs)),
    fps: median(runs.map((r) => r.fps)),
    heapMb: median(runs.map((r) => r.heapMb)),
  };
}

async function main(): Promise<void> {
  await readFile(resolve(REPO_ROOT, "client/dist/index.html")).catch(() => {
    throw new Error("bench:viewer: client/dist is missing; run `npm run build` first");
  });
  await build({
    root: resolve(REPO_ROOT, "bench/viewer-bare"),
    base: "./",
    logLevel: "warn",
    configFile: false,
    build: { outDir: BARE_DIST, emptyOutDir: true },
  });
  const browser = await launchBrowser();
  const rows: string[] = [];
  let bbc: BbcResult | null = null;
  try {
    for (const { name, order, size, runs } of PROBE === "bbc" ? [] : SIZES) {
      const payload = JSON.stringify(syntheticGraph(order, size, `bench-${order}`));
      const server = await serve(payload);
      const results: Record<"viewer" | "bare", Figures[]> = { viewer: [], bare: [] };
      for (let run = 0; run < runs; run++) {
        // Alternate the order so neither page always runs on a warmer machine.
        const kinds = run % 2 ? (["bare", "viewer"] as const) : (["viewer", "bare"] as const);
        for (const kind of kinds) {
          const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
          const page = await context.newPage();
          const figures = await measure(page, kind === "viewer" ? `${server.url}/${WHOLE_GRAPH}` : `${server.url}/bare/`, kind);
          results[kind].push(figures);
          console.log(`${name} ${kind} run ${run + 1}: ${JSON.stringify(figures)}`);
          await context.close();
        }
      }
      await server.close();
      const viewer = medians(results.viewer);
      const bare = medians(results.bare);
      const ratio = (a: number, b: number): string => (b > 0 ? (a / b).toFixed(2) : "n/a");
      rows.push(
        `| ${name} | first render (ms) | ${viewer.firstRenderMs.toFixed(0)} | ${bare.firstRenderMs.toFixed(0)} | ${ratio(viewer.firstRenderMs, bare.firstRenderMs)} | <= 1.25 |`,
        `| ${name} | filter change (ms) | ${viewer.filterMs.toFixed(0)} | ${bare.filterMs.toFixed(0)} | ${ratio(viewer.filterMs, bare.filterMs)} | <= 1.25 |`,
        `| ${name} | panning (frames/s) | ${viewer.fps.toFixed(2)} | ${bare.fps.toFixed(2)} | ${ratio(viewer.fps, bare.fps)} | >= 0.8 |`,
        `| ${name} | JS heap (MB) | ${viewer.heapMb.toFixed(0)} | ${bare.heapMb.toFixed(0)} | ${ratio(viewer.heapMb, bare.heapMb)} | |`,
      );
    }
    if (PROBE !== "1") {
      bbc = await benchBbc(browser, BARE_DIST, PROBE ? 1 : BBC_RUNS, PROBE ? null : BBC_SCREENSHOT);
      rows.push(bbcRow(bbc));
    }
  } finally {
    await browser.close();
  }
  const table = [
    "| graph (nodes / edges) | measure | entente | bare sigma | ratio | target |",
    "| --- | --- | ---: | ---: | ---: | --- |",
    ...rows,
  ].join("\n");
  console.log(table);
  // A probe run is for debugging the bench: it writes no figures.
  if (PROBE) return;
  const runs = [...SIZES.map((s) => `${s.runs} runs (${s.name})`), `${BBC_RUNS} runs (BBC)`].join(", ");
  const notes = [
    `Medians of ${runs}, measured ${new Date().toISOString().slice(0, 10)} by \`npm run bench:viewer\` in headless Chromium with software WebGL;`,
    "the viewer opened on the whole synthetic graph (`#top=0&npmi=-1`, as the bare page draws it).",
    bbc ? bbcNote(bbc) : "",
  ].join(" ");
  const start = "<!-- bench:viewer -->";
  const end = "<!-- /bench:viewer -->";
  const block = `${start}\n${table}\n\n${notes.trim()}\n${end}`;
  for (const file of DOCS) {
    const doc = await readFile(file, "utf8");
    if (!doc.includes(start)) throw new Error(`bench:viewer: ${file} has no ${start} block`);
    await writeFile(file, doc.replace(new RegExp(`${start}[\\s\\S]*?${end}`), block));
  }
}

/** What the BBC row measured: the corpus, the view, the labels drawn, each run's figures. */
function bbcNote(bbc: BbcResult): string {
  const count = (n: number): string => n.toLocaleString("en-US");
  const each = (runs: { ms: number }[]): string => runs.map((r) => (r.ms / 1000).toFixed(1)).join(", ");
  const labels = median(bbc.viewer.map((r) => r.labels));
  return (
    `BBC: \`entente serve\` on ${BBC_CORPUS.split("/").slice(-1)[0]} (${count(bbc.totalNodes)} entities, ${count(bbc.totalEdges)} links), ` +
    `the default view of ${count(bbc.nodes)} entities and ${count(bbc.edges)} links, ${labels} of them labelled when settled; ` +
    `the viewer downloads the whole graph and runs ForceAtlas2 then no-overlap in its worker (${DEFAULT_SETTINGS.layoutIterations} and at most ${DEFAULT_SETTINGS.noverlapIterations} iterations), ` +
    `the bare page gets the view's subgraph and runs graphology's ForceAtlas2 worker for ${DEFAULT_SETTINGS.layoutIterations} iterations. ` +
    `Runs, s: viewer ${each(bbc.viewer)}; bare ${each(bbc.bare)}.`
  );
}

if (PROBE === "1") {
  // Quick look at one load of the smaller graph (for debugging the bench itself).
  SIZES.splice(1);
  SIZES[0].runs = 1;
}
await main();
