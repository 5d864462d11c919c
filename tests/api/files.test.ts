/** POST /api/files: the viewer's uploads read by the CLI's readers, bad files skipped, and the 400/413/415 answers. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startServer, type RunningServer } from "../../server/src/api/index.js";
import type { DocumentListResponse, DocumentResponse, FilesResponse } from "../../server/src/types.js";
import { FORMATS } from "../ingest/fixtures.js";
import { enc, request } from "./http.js";

/** Small enough for a 413 test to be cheap, big enough for a document over the 1,000,000-character limit in base64. */
const BODY_LIMIT = 2 * 1024 * 1024;
let server: RunningServer;
const call = (method: string, path: string, body?: unknown, type?: string) => request(server.url, method, path, body, type);
const upload = (name: string, bytes: Buffer | string) => ({ name, content: Buffer.from(bytes).toString("base64") });
const fixture = (name: string) => upload(name, readFileSync(join(FORMATS, name)));

beforeAll(async () => {
  server = await startServer({ port: 0, db: ":memory:", workers: 1, maxBodyBytes: BODY_LIMIT });
});
afterAll(async () => {
  await server?.close();
});

describe("POST /api/files", () => {
  it("reads a Markdown file's front matter: its title and date, not '---' and YAML in the text", async () => {
    const res = await call("POST", "/api/files", { files: [{ ...fixture("front-matter.md"), name: "nato/front-matter.md" }] });
    expect(res.status).toBe(201);
    const [added] = (res.body as FilesResponse).added;
    expect(added).toMatchObject({ id: "front-matter", file: "nato/front-matter.md", title: "Summit in Brussels: NATO leaders gather", published: "2024-03-05" });
    expect(added.entities.map((e) => e.label)).toContain("Jens Stoltenberg");
    const doc = (await call("GET", `/api/documents/${enc(added.id)}`)).body as DocumentResponse;
    expect(doc).toMatchObject({ path: "nato/front-matter.md", title: "Summit in Brussels: NATO leaders gather", published: "2024-03-05" });
    expect(doc.text).not.toContain("---");
    expect(doc.text).not.toContain("title:");
    expect(doc.outlet).toBeUndefined();
  });

  it("reads an HTML page's article text and meta tags, without its navigation", async () => {
    const res = await call("POST", "/api/files", { files: [fixture("page.html")] });
    expect(res.status).toBe(201);
    const doc = (await call("GET", "/api/documents/page")).body as DocumentResponse;
    expect(doc).toMatchObject({ title: "Scholz Visits Washington", published: "2024-02-09", outlet: "The Daily Planet", path: "page.html" });
    expect(doc.text).not.toMatch(/MUST_NOT_APPEAR|cookies/);
  });

  it("reads every record of a JSONL file, the deprecated `source` as the outlet, and reports its bad line", async () => {
    const res = await call("POST", "/api/files", { files: [fixture("wire.jsonl")] });
    expect(res.status).toBe(201);
    const body = res.body as FilesResponse;
    expect(body.added.map((d) => d.id)).toEqual(["ap-1", "wire-2", "ap-6"]);
    expect(body.skipped.length).toBeGreaterThan(0);
    expect(body.skipped.every((s) => s.file === "wire.jsonl" && /line \d+/.test(s.reason))).toBe(true);
    expect(((await call("GET", "/api/documents/ap-1")).body as DocumentResponse).outlet).toBe("AP");
  });

  it("skips a binary, an empty and an oversized file with the reason, and stores the others of the batch", async () => {
    const before = ((await call("GET", "/api/documents")).body as DocumentListResponse).total;
    const res = await call("POST", "/api/files", {
      files: [
        upload("photo.txt", Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x1a, 0x0a])),
        upload("blank.md", "  \n\n "),
        upload("huge.txt", "Lula met Xi Jinping in Beijing. ".repeat(32_000)),
        fixture("article.txt"),
      ],
    });
    expect(res.status).toBe(201);
    const body = res.body as FilesResponse;
    expect(body.added.map((d) => d.file)).toEqual(["article.txt"]);
    const reasons = Object.fromEntries(body.skipped.map((s) => [s.file, s.reason]));
    expect(Object.keys(reasons).sort()).toEqual(["blank.md", "huge.txt", "photo.txt"]);
    expect(reasons["photo.txt"]).toMatch(/binary/);
    expect(reasons["blank.md"]).toMatch(/empty/);
    expect(reasons["huge.txt"]).toMatch(/over the limit/);
    expect(((await call("GET", "/api/documents")).body as DocumentListResponse).total).toBe(before + 1);
  });

  it("answers 200 with the reason when every file is already stored", async () => {
    const res = await call("POST", "/api/files", { files: [fixture("article.txt")] });
    expect(res.status).toBe(200);
    expect((res.body as FilesResponse).skipped).toEqual([expect.objectContaining({ file: "article.txt", reason: expect.stringMatching(/duplicate of article/) })]);
  });

  it("keeps an uploaded name inside what was dropped: no absolute path, no '..'", async () => {
    const res = await call("POST", "/api/files", { files: [upload("../../etc/C:\\news\\dateline.txt", "Talks in Ankara\n\nRecep Tayyip Erdogan met Vladimir Putin in Ankara.")] });
    expect(res.status).toBe(201);
    expect((res.body as FilesResponse).added[0].file).toBe("etc/C:/news/dateline.txt");
  });

  it("answers 400 naming the field for a body without files, a file without a name, or content that is not base64", async () => {
    for (const body of [{}, { files: [] }, [{ name: "a.txt", content: "" }], { files: [{ content: "QQ==" }] }, { files: [{ name: "..", content: "QQ==" }] }, { files: [{ name: "a.txt", content: "not base64!" }] }]) {
      const res = await call("POST", "/api/files", body);
      expect(res.status).toBe(400);
      expect(res.body.error).toMatch(/^POST \/api\/files: /);
    }
  });

  it("answers 413 for a body over the limit and 415 for a body that is not JSON, storing nothing", async () => {
    const before = ((await call("GET", "/api/documents")).body as DocumentListResponse).total;
    const big = await call("POST", "/api/files", { files: [upload("big.txt", "x".repeat(BODY_LIMIT))] });
    expect(big.status).toBe(413);
    expect(big.body.error).toMatch(/too large/);
    const form = await call("POST", "/api/files", "files=a.txt", "application/x-www-form-urlencoded");
    expect(form.status).toBe(415);
    const text = await call("POST", "/api/files", "Putin met Xi.", "text/plain");
    expect(text.status).toBe(415);
    expect(((await call("GET", "/api/documents")).body as DocumentListResponse).total).toBe(before);
  });
});
