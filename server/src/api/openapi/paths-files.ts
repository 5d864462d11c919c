/** POST /api/files described: the viewer's file upload, read by the CLI's readers; its body and answer schemas. */
import { ENTITY_TYPES } from "../../types.js";
import { FILE_NAME_MAX_CHARS } from "../routes/files.js";
import { operation, type DescribeOptions } from "./operation.js";
import { json } from "./responses.js";
import { object, ref } from "./schemas.js";
import type { JsonSchema, Paths } from "./types.js";

const text = { type: "string" };
const entities = { type: "array", items: object({ id: text, label: text, type: { type: "string", enum: [...ENTITY_TYPES] } }) };

export const FILE_SCHEMAS: Record<string, JsonSchema> = {
  FileUpload: object({
    name: { type: "string", minLength: 1, maxLength: FILE_NAME_MAX_CHARS, description: "The file name, or its path within a dropped folder (`news/2022/a.md`); the extension picks the reader." },
    content: { type: "string", contentEncoding: "base64", description: "The file's bytes in base64 (RFC 4648), decoded on the server as the CLI decodes files." },
  }),
  Files: object({
    added: {
      type: "array",
      items: object(
        { id: text, file: { ...text, description: "The file it was read from, as stored (`path`)." }, title: text, published: { type: "string", format: "date" }, entities },
        ["title", "published"],
      ),
    },
    skipped: {
      type: "array",
      description: "Files, or records of a .json/.jsonl file, not stored: binary, empty, too large, malformed, or already stored.",
      items: object({ file: text, id: text, reason: text }, ["id"]),
    },
  }),
};

export function filePaths(options: DescribeOptions): Paths {
  return {
    "/api/files": {
      post: operation("post", {
        operationId: "addFiles",
        summary: "Reads uploaded files with the CLI's readers and ingests them",
        description:
          "Each file is read by its extension as `entente ingest` reads it: `.md` (front matter title and date), `.html` (article text and meta tags), " +
          "`.json`/`.jsonl` records, anything else as `.txt`. A binary, empty, oversized or malformed file is listed in `skipped` and the others are stored.",
        tags: ["documents"],
        requestBody: {
          required: true,
          content: { "application/json": { schema: object({ files: { type: "array", minItems: 1, items: ref("FileUpload") } }) } },
        },
        answers: {
          201: json("Files", "At least one document was stored."),
          200: json("Files", "Nothing was stored: every file was skipped (listed with the reason)."),
        },
      }, options),
    },
  };
}
