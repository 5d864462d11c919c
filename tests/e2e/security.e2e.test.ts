/** The defences in a real browser: another site's page cannot write, a rebound name is refused, and the viewer runs under its CSP. */
import { createServer, request as httpRequest, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { Browser, Page, Request } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { CurationExport, DocumentListResponse } from "../../server/src/types";
import { launchBrowser, startTestServer, type TestServer } from "./helpers";
import { openEntity, WAIT, waitForIdle } from "./viewer-helpers";

const TOKEN = "newsroom-token-0123456789";
/** A name of the attacker's that the browser resolves to 127.0.0.1, as after a DNS rebinding. */
const REBOUND = "evil.example";
const ARTICLE = "Kim Jong Un met Vladimir Putin in Vladivostok on Wednesday, the Kremlin said.";

/**
 * The attacker's page: every write a page of another site can send without a CORS preflight,
 * aimed at entente. Forms post into hidden frames so the page stays to count what was sent.
 */
function attackPage(target: string): string {
  const hide = `${target}/api/entities/${encodeURIComponent("country:china")}/hide`;
  return `<!doctype html><html><body>
<iframe name="sink1"></iframe><iframe name="sink2"></iframe><iframe name="sink3"></iframe>
<form id="plain" method="post" enctype="text/plain" action="${target}/api/documents" target="sink1"><input name="${ARTICLE} x" value="y"></form>
<form id="urlencoded" method="post" action="${target}/api/curation/undo" target="sink2"><input name="a" value="1"></form>
<form id="multipart" method="post" enctype="multipart/form-data" action="${hide}" target="sink3"><input name="a" value="1"></form>
<script>
(async () => {
  const post = (url, body, type) => fetch(url, { mode: "no-cors", method: "POST", headers: type ? { "Content-Type": type } : {}, body }).catch(() => null);
  await post("${target}/api/documents", ${JSON.stringify(ARTICLE)}, "text/plain");
  await post("${hide}", "{}", "text/plain");
  await post("${target}/api/curation/undo", new URLSearchParams({ a: "1" }));
  navigator.sendBeacon("${target}/api/documents", ${JSON.stringify(ARTICLE)});
  navigator.sendBeacon("${hide}", new Blob(["{}"], { type: "text/plain" }));
  for (const id of ["plain", "urlencoded", "multipart"]) document.getElementById(id).submit();
  document.body.dataset.sent = "true";
})();
</script></body></html>`;
}
const ATTACKS = 8;

/** What the attacks would change: the stored documents and the curation decisions. */
async function corpusState(base: string): Promise<{ documents: number; decisions: CurationExport["decisions"] }> {
  const documents = (await (await fetch(`${base}/api/documents`)).json()) as DocumentListResponse;
  const curation = (await (await fetch(`${base}/api/curation`)).json()) as CurationExport;
  return { documents: documents.total, decisions: curation.decisions };
}

/** node:http, which lets the test set Host as a rebound browser would. */
function getWithHost(base: string, path: string, host: string): Promise<{ status: number; type: string; body: string }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(new URL(path, base), { headers: { host } }, (res) => {
      let body = "";
      res.setEncoding("utf8");
      res.on("data", (chunk: string) => (body += chunk));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, type: String(res.headers["content-type"]), body }));
    });
    req.on("error", reject);
    req.end();
  });
}

/** Page errors, console errors and CSP violations, which the viewer must have none of. */
function watchProblems(page: Page): string[] {
  const problems: string[] = [];
  page.on("pageerror", (error) => problems.push(`pageerror: ${error.message}`));
  page.on("console", (message) => {
    if (message.type() === "error") problems.push(`console: ${message.text()}`);
  });
  return problems;
}

async function violations(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __violations?: string[] }).__violations ?? []);
}

describe("security in the browser", () => {
  let entente: TestServer;
  let attacker: Server;
  let attackerPort: number;
  let browser: Browser;

  beforeAll(async () => {
    entente = await startTestServer();
    attacker = createServer((req, res) => {
      res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
      res.end(attackPage(entente.url));
    });
    await new Promise<void>((resolve) => attacker.listen(0, "127.0.0.1", resolve));
    attackerPort = (attacker.address() as AddressInfo).port;
    browser = await launchBrowser([`--host-resolver-rules=MAP ${REBOUND} 127.0.0.1`]);
    // One decision on record, so an undo or an import would show.
    const hidden = await fetch(`${entente.url}/api/entities/${encodeURIComponent("person:joe-biden")}/hide`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: "{}",
    });
    expect(hidden.status).toBe(200);
  }, 90_000);

  afterAll(async () => {
    await browser?.close();
    await new Promise((resolve) => attacker?.close(resolve));
    await entente?.close();
  });

  // localhost against 127.0.0.1 is another site; another port of 127.0.0.1 is the same site, another origin.
  for (const attackerHost of ["localhost", "127.0.0.1"]) {
    it(`refuses the writes of a page at ${attackerHost}: no-cors fetch, forms, sendBeacon; nothing changes`, async () => {
      const before = await corpusState(entente.url);
      const page = await browser.newPage();
      // Each attack ends as a finished or a failed request: the browser drops some of entente's
      // answers itself (frame-ancestors for a frame, Cross-Origin-Resource-Policy for no-cors reads).
      const toEntente = (request: Request) => request.url().startsWith(`${entente.url}/api/`);
      const ended: string[] = [];
      const statuses: number[] = [];
      page.on("requestfinished", (request) => void (toEntente(request) && ended.push(request.method())));
      page.on("requestfailed", (request) => void (toEntente(request) && ended.push(request.method())));
      page.on("response", (response) => void (toEntente(response.request()) && statuses.push(response.status())));
      await page.goto(`http://${attackerHost}:${attackerPort}/`);
      await page.waitForSelector("body[data-sent]", WAIT);
      await expect.poll(() => ended.length, { timeout: 30_000 }).toBe(ATTACKS);
      expect(ended).toEqual(Array(ATTACKS).fill("POST"));
      // Every answer the browser saw was a refusal, and it saw some.
      expect(statuses.length).toBeGreaterThanOrEqual(3);
      expect(statuses).toEqual(Array(statuses.length).fill(403));
      expect(await corpusState(entente.url)).toEqual(before);
      await page.close();
    });
  }

  it("refuses a name rebound to 127.0.0.1, in the browser and by Host header", async () => {
    const port = new URL(entente.url).port;
    const page = await browser.newPage();
    const response = await page.goto(`http://${REBOUND}:${port}/`);
    expect(response?.status()).toBe(403);
    expect(await page.textContent("body")).toMatch(/not a name this server answers to/);
    await page.close();
    for (const path of ["/", "/api/graph"]) {
      const answer = await getWithHost(entente.url, path, `${REBOUND}:${port}`);
      expect(answer.status).toBe(403);
      expect(answer.type).toMatch(/json/);
      expect(JSON.parse(answer.body).error).toMatch(/host check/);
    }
  });

  it("runs the viewer under its Content-Security-Policy: graph drawn, layout done, no violation", async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    await page.addInitScript(() => {
      document.addEventListener("securitypolicyviolation", (event) => {
        const list = ((window as unknown as { __violations?: string[] }).__violations ??= []);
        list.push(`${event.violatedDirective} ${event.blockedURI}`);
      });
    });
    const problems = watchProblems(page);
    const response = await page.goto(entente.url);
    expect(response?.headers()["content-security-policy"]).toMatch(/frame-ancestors 'none'/);
    await page.waitForSelector("body[data-ready=true]", WAIT);
    await waitForIdle(page);
    await page.waitForFunction(() => (window.__entente?.sigma.getNodeDisplayedLabels().size ?? 0) > 0, undefined, WAIT);
    expect(await page.locator("#add-articles").isVisible()).toBe(true);
    expect(await violations(page)).toEqual([]);
    expect(problems).toEqual([]);
    await page.close();
  });

  it("runs the viewer with a token from the link's #token=, for reads and writes, and takes it out of the address", async () => {
    const guarded = await startTestServer({ token: TOKEN, tokenReads: true });
    try {
      const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
      const problems = watchProblems(page);
      await page.goto(`${guarded.url}/#token=${TOKEN}`);
      await page.waitForSelector("body[data-ready=true]", WAIT);
      expect(await page.evaluate(() => location.hash)).not.toMatch(/token/);
      expect(await page.evaluate(() => sessionStorage.getItem("entente:token"))).toBe(TOKEN);
      expect(await page.evaluate(() => window.__entente!.graph().order)).toBeGreaterThan(20);
      // A write from the viewer's own controls carries the header: hide China from its panel.
      await openEntity(page, "China");
      await page.locator("details.curation > summary").click();
      await page.locator("[data-action=hide]").click();
      const decisions = async () => {
        const answer = await fetch(`${guarded.url}/api/curation`, { headers: { authorization: `Bearer ${TOKEN}` } });
        return ((await answer.json()) as CurationExport).decisions;
      };
      await expect.poll(decisions, { timeout: 30_000 }).toEqual([expect.objectContaining({ kind: "hide", entity: "country:china" })]);
      expect((await fetch(`${guarded.url}/api/curation`)).status).toBe(401);
      expect(problems).toEqual([]);
      await page.close();
    } finally {
      await guarded.close();
    }
  });

  it("hides the write controls of a read-only server", async () => {
    const readOnly = await startTestServer({ readOnly: true });
    try {
      const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
      await page.goto(readOnly.url);
      await page.waitForSelector("body[data-ready=true][data-read-only=true]", WAIT);
      expect(await page.locator("#add-articles").isVisible()).toBe(false);
      await page.close();
    } finally {
      await readOnly.close();
    }
  });
});
