/**
 * POST /api/files: files dropped in the viewer, read on the server by the CLI's own readers (by
 * extension) and ingested. Each file's bytes come base64-encoded in JSON, not as text: the
 * server, not the browser, must decode them, as `entente ingest` does (a Windows-1252 file read
 * by the browser as UTF-8 loses its curly quotes, and a binary file passes as text).
 */
import type { RequestHandler } from "express";
import { readUploads, uploadPath, type UploadedFile } from "../../ingest/index.js";
import type { FilesResponse } from "../../types.js";
import { InvalidInputError } from "../errors.js";
import type { ApiContext } from "../graph-context.js";
import { addedEntities } from "./added-entities.js";

const ROUTE = "POST /api/files";
/** Standard base64 (RFC 4648 section 4), padded: what the browser's FileReader data URLs and `btoa` give. */
const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;
/** Longest file name taken, in characters (a path of a dropped folder included). */
export const FILE_NAME_MAX_CHARS = 1000;

/** The uploads of a body `{files: [{name, content}]}`; throws `InvalidInputError` naming the file and field. */
export function parseUploads(body: unknown): UploadedFile[] {
  const files = (body as { files?: unknown } | null)?.files;
  if (!body || typeof body !== "object" || !Array.isArray(files) || files.length === 0) {
    throw new InvalidInputError(`${ROUTE}: send {"files": [{"name", "content"}, ...]} with at least one file, content in base64`);
  }
  return files.map((file: unknown, i) => {
    const { name, content } = (file ?? {}) as { name?: unknown; content?: unknown };
    if (typeof name !== "string" || !uploadPath(name) || name.length > FILE_NAME_MAX_CHARS) {
      throw new InvalidInputError(`${ROUTE}: file ${i}: "name" must be a file name of 1 to ${FILE_NAME_MAX_CHARS} characters`);
    }
    if (typeof content !== "string" || !BASE64.test(content)) {
      throw new InvalidInputError(`${ROUTE}: file ${i} (${name}): "content" must be the file's bytes in base64`);
    }
    return { name, bytes: Buffer.from(content, "base64") };
  });
}

export function addFilesRoute(ctx: ApiContext): RequestHandler {
  return async (req, res) => {
    const read = readUploads(parseUploads(req.body));
    const report = await ctx.corpus.ingest(read.documents, { pool: ctx.pool });
    const answer: FilesResponse = {
      added: report.added.map((doc) => ({
        id: doc.id,
        file: doc.path,
        ...(doc.title !== undefined && { title: doc.title }),
        ...(doc.published !== undefined && { published: doc.published }),
        entities: addedEntities(ctx, doc.id),
      })),
      skipped: [...read.skipped.map((s) => ({ file: s.path, reason: s.reason })), ...report.skipped.map((s) => ({ file: s.path, id: s.id, reason: s.reason }))],
    };
    res.status(report.added.length ? 201 : 200).json(answer);
  };
}
