/** The OpenAPI description: valid OpenAPI 3.1, one operation per registered route and back, bounds the server enforces. */
import { Validator } from "@seriousme/openapi-schema-validator";
import type { Express } from "express";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp, startServer, type ApiContext, type RunningServer } from "../../server/src/api/index.js";
import { API_LIMITS, SERVER_DEFAULTS } from "../../server/src/config.js";
import { Corpus } from "../../server/src/corpus/index.js";
import { assertMatchesContract, OPENAPI } from "./contract.js";
import { enc, request } from "./http.js";

/** The parts of express's router layers the walk reads (express 5 keeps the mount path in `rawPath`). */
interface Layer {
  rawPath?: string;
  route?: { path: string; methods: Record<string, boolean> };
  handle: { stack?: Layer[] };
}

/** Every `METHOD /path` registered under `prefix`, mounted routers included, in OpenAPI's `{param}` form. */
function registeredRoutes(stack: Layer[], prefix = ""): string[] {
  return stack.flatMap((layer) => {
    if (layer.route) {
      const path = (prefix + layer.route.path).replace(/:(\w+)/g, "{$1}");
      // `_all` is the 405/OPTIONS catch-all of security/allowed-methods.ts, not a route of its own.
      return Object.keys(layer.route.methods).filter((m) => m !== "_all").map((m) => `${m.toUpperCase()} ${path}`);
    }
    return layer.handle.stack ? registeredRoutes(layer.handle.stack, prefix + (layer.rawPath ?? "")) : [];
  });
}

function describedRoutes(): string[] {
  return Object.entries(OPENAPI.paths).flatMap(([path, item]) => Object.keys(item).map((m) => `${m.toUpperCase()} ${path}`));
}

describe("the OpenAPI description", () => {
  it("is a valid OpenAPI 3.1 document", async () => {
    const validator = new Validator();
    const result = await validator.validate(structuredClone(OPENAPI) as unknown as Record<string, unknown>);
    expect(result.errors).toBeUndefined();
    expect(result.valid).toBe(true);
    expect(validator.version).toBe("3.1");
  });

  it("describes every API route the express app registers, with its method, and nothing else", () => {
    const corpus = Corpus.open({ db: ":memory:" });
    try {
      // The routes read the context only when they answer, and the walk sends no request: a corpus is all it needs.
      const ctx = { corpus, inputs: [] } as unknown as ApiContext;
      const app: Express = createApp(ctx, { maxBodyBytes: SERVER_DEFAULTS.maxBodyBytes });
      const routes = registeredRoutes((app as unknown as { router: { stack: Layer[] } }).router.stack).filter((r) => r.includes(" /api/"));
      expect(routes.length).toBeGreaterThan(15);
      expect(new Set(describedRoutes())).toEqual(new Set(routes));
    } finally {
      corpus.close();
    }
  });

  it("takes its bounds from API_LIMITS", () => {
    const limitOf = (path: string) => OPENAPI.paths[path].get!.parameters!.find((p) => p.name === "limit")!.schema;
    expect(limitOf("/api/entities")).toMatchObject({ minimum: 1, maximum: API_LIMITS.searchMax, default: API_LIMITS.searchDefault });
    expect(limitOf("/api/entities/{id}/neighbors")).toMatchObject({ maximum: API_LIMITS.neighborsMax, default: API_LIMITS.neighborsDefault });
    expect(limitOf("/api/documents")).toMatchObject({ maximum: API_LIMITS.documentsMax, default: API_LIMITS.documentsDefault });
  });

  it("gives every error answer the {error} shape", () => {
    for (const item of Object.values(OPENAPI.paths)) {
      for (const operation of Object.values(item)) {
        for (const [status, response] of Object.entries(operation.responses)) {
          if (status === "default" || Number(status) >= 400) {
            expect(response.content?.["application/json"].schema).toEqual({ $ref: "#/components/schemas/Error" });
          }
        }
      }
    }
  });
});

describe("the served description and the server", () => {
  let server: RunningServer;
  const PUTIN = enc("person:vladimir-putin");

  beforeAll(async () => {
    server = await startServer({ port: 0, db: ":memory:", workers: 0 });
  });
  afterAll(async () => {
    await server?.close();
  });

  it("serves the document at GET /api/openapi.json", async () => {
    const { status, body } = await request(server.url, "GET", "/api/openapi.json");
    expect(status).toBe(200);
    expect(body).toEqual(JSON.parse(JSON.stringify(OPENAPI)));
  });

  // Out of bounds by the description's own numbers: the server must refuse exactly what it says it refuses.
  it("refuses query values just outside the described bounds, and takes those at the bounds", async () => {
    const query = (path: string, name: string, value: string) => `${path.replace("{id}", PUTIN)}?${name}=${enc(value)}`;
    let checked = 0;
    for (const [path, item] of Object.entries(OPENAPI.paths)) {
      for (const p of item.get?.parameters ?? []) {
        if (p.in !== "query") continue;
        const s = p.schema as { minimum?: number; maxLength?: number; enum?: string[]; format?: string };
        // Each bound as [just outside, at it].
        const cases: [string[], string[]][] = [];
        if (s.minimum !== undefined) cases.push([[String(s.minimum - 1)], [String(s.minimum)]]);
        if (s.maxLength !== undefined) cases.push([["a".repeat(s.maxLength + 1)], ["a".repeat(s.maxLength)]]);
        if (s.enum) cases.push([["none-of-these"], s.enum]);
        if (s.format === "date") cases.push([["2022-02-30"], ["2022-02-28"]]);
        const bad = cases.flatMap(([outside]) => outside);
        const good = cases.flatMap(([, inside]) => inside);
        for (const value of bad) expect((await request(server.url, "GET", query(path, p.name, value))).status, `${path} ${p.name}=${value}`).toBe(400);
        if (p.required) expect((await request(server.url, "GET", path)).status, `${path} without ${p.name}`).toBe(400);
        for (const value of good) expect((await request(server.url, "GET", query(path, p.name, value))).status, `${path} ${p.name}=${value}`).toBe(200);
        checked += bad.length;
      }
    }
    expect(checked).toBeGreaterThan(15);
  });

  it("fails an answer with a field the description does not have, or a status it does not list", async () => {
    const answer = await request(server.url, "GET", `/api/entities/${PUTIN}`);
    expect(answer.status).toBe(200);
    const drifted = { ...answer, body: { ...answer.body, rank: 1 } };
    expect(() => assertMatchesContract("GET", `/api/entities/${PUTIN}`, drifted)).toThrow(/does not match its schema/);
    expect(() => assertMatchesContract("GET", `/api/entities/${PUTIN}`, { ...answer, status: 201 })).toThrow(/not described/);
    expect(() => assertMatchesContract("GET", "/api/nowhere", answer)).toThrow(/does not have/);
  });
});

describe("the described refusals", () => {
  const TOKEN = "0123456789abcdef0123";
  let guarded: RunningServer;
  let readOnly: RunningServer;

  beforeAll(async () => {
    guarded = await startServer({ port: 0, db: ":memory:", workers: 0, token: TOKEN });
    readOnly = await startServer({ port: 0, db: ":memory:", workers: 0, readOnly: true });
  });
  afterAll(async () => {
    await guarded?.close();
    await readOnly?.close();
  });

  // request() checks each answer against the description: these pass only if every status is described with {error}.
  it("answers 401, 403 and 404 as the description says", async () => {
    const merge = `/api/entities/${enc("person:xi-jinping")}/merge`;
    expect((await request(guarded.url, "POST", merge, { into: "person:vladimir-putin" })).status).toBe(401);
    expect((await request(readOnly.url, "POST", merge, { into: "person:vladimir-putin" })).status).toBe(403);
    expect((await request(readOnly.url, "GET", "/api/no-such-route")).status).toBe(404);
    expect((await request(readOnly.url, "POST", "/api/documents", "an article", "application/x-www-form-urlencoded")).status).toBe(403);
  });

  it("answers 405, 413 and 415 on a server that lets writes through", async () => {
    const open = await startServer({ port: 0, db: ":memory:", workers: 0, maxBodyBytes: 1000 });
    try {
      expect((await request(open.url, "DELETE", "/api/graph")).status).toBe(405);
      expect((await request(open.url, "POST", "/api/documents", { text: "x".repeat(2000) })).status).toBe(413);
      expect((await request(open.url, "POST", "/api/curation/import", "decisions", "application/x-www-form-urlencoded")).status).toBe(415);
    } finally {
      await open.close();
    }
  });
});
