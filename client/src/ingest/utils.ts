/** Turning what an analyst pastes or drops into `POST /api/documents` records (no DOM needed here). */
import type { DocumentRecord } from "../../../server/src/types";

/** A file the dialog cannot read, with the reason shown next to its name. */
export class UnreadableFileError extends Error {
  override name = "UnreadableFileError";
}

/** Extensions the dialog accepts (the same formats the CLI ingests). */
export const ACCEPTED_EXTENSIONS = [".txt", ".md", ".html", ".htm", ".json", ".jsonl"] as const;

export function extensionOf(fileName: string): string {
  const dot = fileName.lastIndexOf(".");
  return dot < 0 ? "" : fileName.slice(dot).toLowerCase();
}

/** A title of at most this many characters is taken from a text's first line. */
const MAX_TITLE_LENGTH = 160;

/**
 * A plain-text or Markdown article: its first line is the title when it is short and followed by
 * more text (the convention of the CLI's .txt reader); Markdown's `#` marks are dropped from it.
 */
export function textRecord(text: string, source: string, title?: string): DocumentRecord {
  const trimmed = text.replace(/^\uFEFF/, "").trim();
  if (!trimmed) throw new UnreadableFileError(`${source}: the text is empty`);
  const record: DocumentRecord = { text: trimmed, source };
  const given = title?.trim();
  if (given) return { ...record, title: given };
  const [first, ...rest] = trimmed.split("\n");
  const candidate = first.replace(/^#+\s*/, "").trim();
  if (rest.join("").trim() && candidate.length > 0 && candidate.length <= MAX_TITLE_LENGTH) record.title = candidate;
  return record;
}

function asRecord(value: unknown, where: string): DocumentRecord {
  if (typeof value !== "object" || value === null || typeof (value as { text?: unknown }).text !== "string") {
    throw new UnreadableFileError(`${where}: a record needs a string "text"`);
  }
  return value as DocumentRecord;
}

/** `.json` (one record or a list) and `.jsonl` (one record a line) files. */
export function jsonRecords(content: string, fileName: string): DocumentRecord[] {
  const source = (record: DocumentRecord): DocumentRecord => ({ ...record, source: record.source ?? fileName });
  try {
    if (extensionOf(fileName) === ".jsonl") {
      return content
        .split("\n")
        .map((line, i) => [line.trim(), i] as const)
        .filter(([line]) => line !== "")
        .map(([line, i]) => source(asRecord(JSON.parse(line), `${fileName} line ${i + 1}`)));
    }
    const parsed: unknown = JSON.parse(content);
    return (Array.isArray(parsed) ? parsed : [parsed]).map((item, i) => source(asRecord(item, `${fileName} record ${i + 1}`)));
  } catch (error) {
    if (error instanceof UnreadableFileError) throw error;
    throw new UnreadableFileError(`${fileName}: not valid JSON (${error instanceof Error ? error.message : String(error)})`);
  }
}
