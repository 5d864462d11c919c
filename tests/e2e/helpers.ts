/** Shared set-up of the browser tests: Debian's Chromium through playwright-core, and a real entente server. */
import { existsSync } from "node:fs";
import { mkdir } from "node:fs/promises";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium, type Browser } from "playwright-core";
import type { ServerConfig } from "../../server/src/config.js";

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
export const CHROMIUM_PATH = "/usr/bin/chromium";
export const CLIENT_INDEX = resolve(REPO_ROOT, "client/dist/index.html");
/** Screenshots of the browser tests go here (git-ignored). */
export const OUTPUT_DIR = resolve(REPO_ROOT, "test-output");
/**
 * Where the viewer test saves the picture the README shows: test-output/ on an ordinary run, so that
 * running the tests leaves the tracked docs/screenshot.png alone; docs/ only when asked on purpose with
 * UPDATE_SCREENSHOT=1 (`npm run screenshot`).
 */
export const README_SCREENSHOT =
  process.env.UPDATE_SCREENSHOT === "1" ? resolve(REPO_ROOT, "docs/screenshot.png") : resolve(OUTPUT_DIR, "screenshot.png");

const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--no-first-run",
];

/**
 * Launches headless Chromium (`extraArgs` after the usual ones, such as a host resolver rule).
 * A missing browser is a failure, never a skip: CI must not pass without having looked at the viewer.
 */
export async function launchBrowser(extraArgs: readonly string[] = []): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(`launchBrowser: no Chromium at ${CHROMIUM_PATH}; install it with \`apt-get install chromium\` (Debian) and run the tests again`);
  }
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS, ...extraArgs] });
}

/** The server serves client/dist; without a build the page would be a 404, so say what to run. */
export function assertClientBuilt(): void {
  if (!existsSync(CLIENT_INDEX)) {
    throw new Error(`assertClientBuilt: ${CLIENT_INDEX} is missing; run \`npm run build\` before the browser tests`);
  }
}

export interface TestServer {
  url: string;
  close(): Promise<void>;
}

/** Starts entente's real HTTP server on the seeds (an in-memory database of its own), on a free port; `options` such as a token. */
export async function startTestServer(options: Partial<ServerConfig> = {}): Promise<TestServer> {
  assertClientBuilt();
  // Imported here so a broken server shows up as this helper's failure, with its own stack.
  const { startServer } = await import("../../server/src/api/index.js");
  const server = await startServer({ port: 0, db: ":memory:", ...options });
  return { url: server.url, close: () => server.close() };
}

/** Path of a screenshot in test-output/, creating the folder on first use. */
export async function outputPath(name: string): Promise<string> {
  await mkdir(OUTPUT_DIR, { recursive: true });
  return resolve(OUTPUT_DIR, name);
}

/**
 * Counts, in a PNG screenshot, the pixels within `tolerance` (per channel) of each given color.
 * The decoding runs in the page (Image + 2D canvas), which spares the tests a PNG library.
 */
export async function countColorPixels(
  page: import("playwright-core").Page,
  png: Buffer,
  colors: Record<string, string>,
  tolerance = 24,
): Promise<Record<string, number>> {
  return page.evaluate(
    async ({ data, colors, tolerance }) => {
      const image = new Image();
      image.src = `data:image/png;base64,${data}`;
      await image.decode();
      const canvas = document.createElement("canvas");
      canvas.width = image.width;
      canvas.height = image.height;
      const context = canvas.getContext("2d");
      if (!context) throw new Error("countColorPixels: no 2D context");
      context.drawImage(image, 0, 0);
      const pixels = context.getImageData(0, 0, image.width, image.height).data;
      const targets = Object.entries(colors).map(([name, hex]) => {
        const value = Number.parseInt(hex.slice(1), 16);
        return { name, rgb: [(value >> 16) & 255, (value >> 8) & 255, value & 255] };
      });
      const counts: Record<string, number> = Object.fromEntries(targets.map(({ name }) => [name, 0]));
      for (let i = 0; i < pixels.length; i += 4) {
        for (const { name, rgb } of targets) {
          if (
            Math.abs(pixels[i] - rgb[0]) <= tolerance &&
            Math.abs(pixels[i + 1] - rgb[1]) <= tolerance &&
            Math.abs(pixels[i + 2] - rgb[2]) <= tolerance
          ) {
            counts[name]++;
          }
        }
      }
      return counts;
    },
    { data: png.toString("base64"), colors, tolerance },
  );
}
