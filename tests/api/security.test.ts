/** The API's defences: cross-site writes, DNS rebinding, token, read-only, security headers and 405. */
import { spawnSync } from "node:child_process";
import { request as httpRequest } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startServer, type RunningServer } from "../../server/src/api/index.js";
import { InvalidInputError } from "../../server/src/errors.js";
import type { CurationExport, DocumentListResponse, StatusResponse } from "../../server/src/types.js";
import { enc } from "./http.js";

interface Answer {
  status: number;
  body: any;
  headers: Record<string, string | string[] | undefined>;
}

/** node:http rather than fetch: fetch may not set Host, Origin or Sec-Fetch-Site as a browser or an attacker would. */
function call(base: string, method: string, path: string, options: { headers?: Record<string, string>; body?: string } = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const headers = { ...options.headers };
    if (options.body !== undefined) headers["content-length"] = String(Buffer.byteLength(options.body));
    const req = httpRequest(new URL(path, base), { method, headers }, (res) => {
      let text = "";
      res.setEncoding("utf8");
      res.on("data", (chunk: string) => (text += chunk));
      res.on("end", () => {
        let body: unknown;
        try {
          body = JSON.parse(text);
        } catch {
          body = text;
        }
        resolve({ status: res.statusCode ?? 0, body, headers: res.headers });
      });
    });
    req.on("error", reject);
    req.end(options.body);
  });
}

const json = (value: unknown, headers: Record<string, string> = {}) => ({ body: JSON.stringify(value), headers: { "content-type": "application/json", ...headers } });

const CHINA = "country:china";
const PUTIN = "person:vladimir-putin";
const XI = "person:xi-jinping";
const ARTICLE = { id: "attack", text: "Kim Jong Un met Vladimir Putin in Vladivostok on Wednesday, the Kremlin said." };
const TOKEN = "newsroom-token-0123456789";
const EVIL = "http://evil.example";

/** Every write route with a JSON body that would change the corpus or its curation. */
function writeRoutes(documentId: string): { method: string; path: string; body: unknown }[] {
  return [
    { method: "POST", path: "/api/documents", body: ARTICLE },
    { method: "POST", path: "/api/files", body: { files: [{ name: "attack.txt", content: Buffer.from(ARTICLE.text).toString("base64") }] } },
    { method: "DELETE", path: `/api/documents/${enc(documentId)}`, body: undefined },
    { method: "POST", path: `/api/entities/${enc(XI)}/merge`, body: { into: PUTIN } },
    { method: "POST", path: `/api/entities/${enc(XI)}/rename`, body: { label: "Someone else" } },
    { method: "POST", path: `/api/entities/${enc(XI)}/retype`, body: { type: "country" } },
    { method: "POST", path: `/api/entities/${enc(CHINA)}/hide`, body: {} },
    { method: "POST", path: "/api/curation/undo", body: {} },
    { method: "POST", path: "/api/curation/import", body: { entente: "curation", version: 1, decisions: [] } satisfies CurationExport },
  ];
}

/** What a refused write must leave as it was: the documents, the decisions and the graph. */
async function snapshot(base: string): Promise<unknown> {
  const documents = (await call(base, "GET", "/api/documents?limit=500")).body as DocumentListResponse;
  const curation = (await call(base, "GET", "/api/curation")).body as CurationExport;
  const graph = (await call(base, "GET", "/api/graph")).body as { nodes: { key: string; attributes: { label: string; type: string } }[]; edges: unknown[] };
  return {
    documents: documents.documents.map((d) => d.id).sort(),
    decisions: curation.decisions,
    nodes: graph.nodes.map((n) => `${n.key} ${n.attributes.label} ${n.attributes.type}`).sort(),
    edges: graph.edges.length,
  };
}

function expectError(answer: Answer, status: number): void {
  expect(answer.status).toBe(status);
  expect(String(answer.headers["content-type"])).toMatch(/json/);
  expect(typeof answer.body.error).toBe("string");
}

describe("a server on loopback with no token", () => {
  let server: RunningServer;
  let base: string;
  let origin: string;
  let seedDocument: string;

  beforeAll(async () => {
    server = await startServer({ port: 0, db: ":memory:", workers: 0, allowedHosts: ["entente.newsroom.example"] });
    base = server.url;
    origin = new URL(base).origin;
    seedDocument = ((await call(base, "GET", "/api/documents")).body as DocumentListResponse).documents[0].id;
    // One decision on record, so an undo or an import would have something to take away.
    expect((await call(base, "POST", `/api/entities/${enc("person:joe-biden")}/hide`, json({}))).status).toBe(200);
  });
  afterAll(async () => {
    await server?.close();
  });

  it("refuses every write from another origin with 403 and stores nothing", async () => {
    const before = await snapshot(base);
    for (const route of writeRoutes(seedDocument)) {
      const options = route.body === undefined ? { headers: { origin: EVIL } } : json(route.body, { origin: EVIL });
      const answer = await call(base, route.method, route.path, options);
      expectError(answer, 403);
      expect(answer.body.error, route.path).toMatch(/same origin/);
    }
    expect(await snapshot(base)).toEqual(before);
  });

  it("refuses a write whose Sec-Fetch-Site says cross-site or same-site, without Origin", async () => {
    const before = await snapshot(base);
    for (const site of ["cross-site", "same-site"]) {
      expectError(await call(base, "POST", `/api/entities/${enc(CHINA)}/hide`, json({}, { "sec-fetch-site": site })), 403);
      expectError(await call(base, "POST", "/api/documents", { body: ARTICLE.text, headers: { "content-type": "text/plain", "sec-fetch-site": site } }), 403);
    }
    expect(await snapshot(base)).toEqual(before);
  });

  it("refuses the bodies a foreign page can send without preflight: text/plain, form-urlencoded, multipart", async () => {
    const before = await snapshot(base);
    const bodies = [
      { "content-type": "text/plain", body: ARTICLE.text },
      { "content-type": "application/x-www-form-urlencoded", body: `text=${encodeURIComponent(ARTICLE.text)}` },
      { "content-type": "multipart/form-data; boundary=x", body: `--x\r\nContent-Disposition: form-data; name="text"\r\n\r\n${ARTICLE.text}\r\n--x--\r\n` },
    ];
    for (const { "content-type": type, body } of bodies) {
      for (const headers of [{ origin: EVIL }, { origin: "null" }, { "sec-fetch-site": "cross-site" }] as Record<string, string>[]) {
        expectError(await call(base, "POST", "/api/documents", { body, headers: { "content-type": type, ...headers } }), 403);
        expectError(await call(base, "POST", "/api/curation/undo", { body, headers: { "content-type": type, ...headers } }), 403);
      }
    }
    expect(await snapshot(base)).toEqual(before);
  });

  it("answers 415 to a body of a type the route does not parse, from the same origin too", async () => {
    const before = await snapshot(base);
    const cases = [
      { path: `/api/entities/${enc(CHINA)}/hide`, type: "text/plain", body: "{}" },
      { path: "/api/curation/undo", type: "application/x-www-form-urlencoded", body: "a=1" },
      { path: "/api/curation/import", type: "text/plain", body: JSON.stringify({ entente: "curation", version: 1, decisions: [] }) },
      { path: "/api/documents", type: "application/x-www-form-urlencoded", body: "text=Putin" },
      { path: "/api/documents", type: "multipart/form-data; boundary=x", body: "--x--\r\n" },
      { path: "/api/documents", type: "application/x-entente", body: ARTICLE.text },
    ];
    for (const { path, type, body } of cases) {
      const answer = await call(base, "POST", path, { body, headers: { "content-type": type, origin } });
      expectError(answer, 415);
      expect(answer.body.error, `${path} ${type}`).toMatch(/content type/);
    }
    expectError(await call(base, "POST", "/api/documents", { body: ARTICLE.text }), 415);
    expect(await snapshot(base)).toEqual(before);
  });

  it("accepts a write from its own origin, and a text/plain article from curl (no Origin)", async () => {
    const hidden = await call(base, "POST", `/api/entities/${enc(CHINA)}/hide`, json({}, { origin, "sec-fetch-site": "same-origin" }));
    expect(hidden.status).toBe(200);
    expect((await call(base, "POST", "/api/curation/undo", json({}, { origin }))).status).toBe(200);
    const posted = await call(base, "POST", "/api/documents?title=Curl", { body: ARTICLE.text, headers: { "content-type": "text/plain; charset=utf-8" } });
    expect(posted.status).toBe(201);
    const sameOrigin = await call(base, "POST", "/api/documents", { body: "Olaf Scholz met Emmanuel Macron in Paris.", headers: { "content-type": "text/plain", origin } });
    expect(sameOrigin.status).toBe(201);
    for (const added of [posted, sameOrigin]) expect((await call(base, "DELETE", `/api/documents/${enc(added.body.added[0].id)}`)).status).toBe(204);
  });

  it("refuses a Host that is not its own, for the API and for the viewer, before any route runs", async () => {
    const before = await snapshot(base);
    const port = new URL(base).port;
    for (const host of [`evil.example:${port}`, "evil.example", `localhost.evil.example:${port}`, `localhost:${Number(port) + 1}`]) {
      for (const path of ["/api/graph", "/", "/index.html", "/api/no-such-route"]) expectError(await call(base, "GET", path, { headers: { host } }), 403);
      expectError(await call(base, "POST", "/api/documents", { ...json(ARTICLE), headers: { "content-type": "application/json", host } }), 403);
    }
    expect(await snapshot(base)).toEqual(before);
  });

  it("answers its own names and the ones given with --allowed-host", async () => {
    const port = new URL(base).port;
    for (const host of [`127.0.0.1:${port}`, `localhost:${port}`, `LOCALHOST:${port}`, `[::1]:${port}`, "entente.newsroom.example", "entente.newsroom.example:443"]) {
      expect((await call(base, "GET", "/api/status", { headers: { host } })).status, host).toBe(200);
    }
    // Same origin is judged against an allowed Host too, as behind a reverse proxy.
    const proxied = await call(base, "POST", "/api/curation/undo", json({}, { host: "entente.newsroom.example", origin: "https://entente.newsroom.example" }));
    expect(proxied.status).not.toBe(403);
  });

  it("sets helmet's headers on API answers, errors and the viewer page, with a CSP that allows no inline script", async () => {
    for (const path of ["/api/graph", "/api/no-such-route", "/"]) {
      const { headers } = await call(base, "GET", path);
      expect(headers["x-content-type-options"], path).toBe("nosniff");
      expect(headers["referrer-policy"], path).toBe("no-referrer");
      const csp = String(headers["content-security-policy"]);
      expect(csp, path).toMatch(/frame-ancestors 'none'/);
      const scriptSrc = /script-src ([^;]*)/.exec(csp)?.[1] ?? "";
      expect(scriptSrc, path).toBe("'self'");
    }
    const page = await call(base, "GET", "/");
    expect(page.status).toBe(200);
    expect(String(page.body)).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
    expect((await call(base, "GET", "/api/no-such-route", { headers: { host: "evil.example" } })).headers["x-content-type-options"]).toBe("nosniff");
  });

  it("answers 405 with Allow to a method a known route lacks, and 404 to an unknown route", async () => {
    const before = await snapshot(base);
    const put = await call(base, "PUT", "/api/graph", json({}));
    expectError(put, 405);
    expect(String(put.headers.allow).split(", ").sort()).toEqual(["GET", "HEAD", "OPTIONS"]);
    const patch = await call(base, "PATCH", `/api/documents/${enc(seedDocument)}`, json({ title: "x" }));
    expectError(patch, 405);
    expect(String(patch.headers.allow)).toMatch(/DELETE/);
    expectError(await call(base, "PUT", `/api/entities/${enc(CHINA)}/hide`, json({})), 405);
    const options = await call(base, "OPTIONS", "/api/documents");
    expect(options.status).toBe(204);
    expect(String(options.headers.allow)).toMatch(/POST/);
    expectError(await call(base, "PUT", "/api/no-such-route", json({})), 404);
    expectError(await call(base, "GET", "/api/no-such-route"), 404);
    expect(await snapshot(base)).toEqual(before);
  });

  it("says in GET /api/status that it is open", async () => {
    const status = (await call(base, "GET", "/api/status")).body as StatusResponse;
    expect(status).toEqual({ readOnly: false, writesNeedToken: false, readsNeedToken: false });
  });
});

describe("a server started with --token", () => {
  let server: RunningServer;
  let base: string;
  const bearer = { authorization: `Bearer ${TOKEN}` };

  beforeAll(async () => {
    server = await startServer({ port: 0, db: ":memory:", workers: 0, token: TOKEN });
    base = server.url;
  });
  afterAll(async () => {
    await server?.close();
  });

  it("answers 401 to a write without the token or with a wrong one, storing nothing", async () => {
    const before = await snapshot(base);
    const seed = ((await call(base, "GET", "/api/documents")).body as DocumentListResponse).documents[0].id;
    for (const authorization of [undefined, `Bearer ${TOKEN}x`, `Bearer ${TOKEN.slice(1)}`, TOKEN, `Basic ${TOKEN}`]) {
      for (const route of writeRoutes(seed)) {
        const headers: Record<string, string> = authorization ? { authorization } : {};
        const answer = await call(base, route.method, route.path, route.body === undefined ? { headers } : json(route.body, headers));
        expectError(answer, 401);
        expect(answer.headers["www-authenticate"]).toMatch(/^Bearer/);
      }
    }
    expect(await snapshot(base)).toEqual(before);
  });

  it("takes a write with the token, and keeps reads open", async () => {
    expect((await call(base, "GET", "/api/graph")).status).toBe(200);
    expect((await call(base, "POST", `/api/entities/${enc(CHINA)}/hide`, json({}, bearer))).status).toBe(200);
    expect((await call(base, "POST", "/api/curation/undo", json({}, { authorization: `bearer ${TOKEN}` }))).status).toBe(200);
    expect((await call(base, "GET", "/api/status")).body).toEqual({ readOnly: false, writesNeedToken: true, readsNeedToken: false });
  });

  it("still refuses a cross-site write that carries the token", async () => {
    expectError(await call(base, "POST", `/api/entities/${enc(CHINA)}/hide`, json({}, { ...bearer, origin: EVIL })), 403);
  });
});

describe("a server started with --token --token-reads", () => {
  let server: RunningServer;

  beforeAll(async () => {
    server = await startServer({ port: 0, db: ":memory:", workers: 0, token: TOKEN, tokenReads: true });
  });
  afterAll(async () => {
    await server?.close();
  });

  it("answers 401 to reads without the token and 200 with it; the viewer's page stays open", async () => {
    for (const path of ["/api/graph", "/api/documents", `/api/entities/${enc(PUTIN)}`, "/api/export.gexf", "/api/curation", "/api/status"]) {
      expectError(await call(server.url, "GET", path), 401);
      expect((await call(server.url, "GET", path, { headers: { authorization: `Bearer ${TOKEN}` } })).status, path).toBe(200);
    }
    expect((await call(server.url, "GET", "/")).status).toBe(200);
  });
});

describe("a server started with --read-only", () => {
  let server: RunningServer;

  beforeAll(async () => {
    server = await startServer({ port: 0, db: ":memory:", workers: 0, readOnly: true });
  });
  afterAll(async () => {
    await server?.close();
  });

  it("answers 403 to every write, from its own origin too, and serves reads", async () => {
    const base = server.url;
    const before = await snapshot(base);
    const seed = ((await call(base, "GET", "/api/documents")).body as DocumentListResponse).documents[0].id;
    for (const route of writeRoutes(seed)) {
      const headers = { origin: new URL(base).origin };
      const answer = await call(base, route.method, route.path, route.body === undefined ? { headers } : json(route.body, headers));
      expectError(answer, 403);
      expect(answer.body.error).toMatch(/read-only/);
    }
    expectError(await call(base, "POST", "/api/documents?title=x", { body: ARTICLE.text, headers: { "content-type": "text/plain" } }), 403);
    expect(await snapshot(base)).toEqual(before);
    expect((await call(base, "GET", "/api/status")).body).toEqual({ readOnly: true, writesNeedToken: false, readsNeedToken: false });
  });
});

describe("binding beyond loopback", () => {
  it("refuses to start without a token, saying what to give", async () => {
    await expect(startServer({ port: 0, db: ":memory:", workers: 0, host: "0.0.0.0" })).rejects.toThrow(InvalidInputError);
    await expect(startServer({ port: 0, db: ":memory:", workers: 0, host: "0.0.0.0" })).rejects.toThrow(/--token/);
    await expect(startServer({ port: 0, db: ":memory:", workers: 0, host: "192.168.1.20" })).rejects.toThrow(/reachable from other machines/);
  });

  it("refuses a short token, and --token-reads without a token", async () => {
    await expect(startServer({ port: 0, db: ":memory:", workers: 0, token: "secret" })).rejects.toThrow(InvalidInputError);
    await expect(startServer({ port: 0, db: ":memory:", workers: 0, tokenReads: true })).rejects.toThrow(/token/);
    await expect(startServer({ port: 0, db: ":memory:", workers: 0, allowedHosts: ["http://evil.example/"] })).rejects.toThrow(InvalidInputError);
  });

  it("`entente serve --host 0.0.0.0` without a token exits with one clear line", () => {
    const env = { ...process.env, ENTENTE_TOKEN: "" };
    const run = spawnSync(process.execPath, ["--import", "tsx", "server/src/cli/index.ts", "serve", "--host", "0.0.0.0", "--port", "0", "--db", ":memory:"], { encoding: "utf8", env, timeout: 60_000 });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/entente serve: .*reachable from other machines.*--token TOKEN \(or ENTENTE_TOKEN\)/);
    expect(run.stderr).not.toMatch(/\bat .*\.ts:\d+/);
  });

  it("starts on every interface with a token, and still checks the Host", async () => {
    const server = await startServer({ port: 0, db: ":memory:", workers: 0, host: "0.0.0.0", token: TOKEN });
    try {
      const port = new URL(server.url).port;
      const local = `http://127.0.0.1:${port}`;
      expect((await call(local, "GET", "/api/status")).status).toBe(200);
      expectError(await call(local, "GET", "/api/graph", { headers: { host: `evil.example:${port}` } }), 403);
      expectError(await call(local, "POST", `/api/entities/${enc(CHINA)}/hide`, json({})), 401);
    } finally {
      await server.close();
    }
  });
});
