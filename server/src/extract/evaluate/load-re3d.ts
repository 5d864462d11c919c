/** Reads re3d source folders (documents.json + entities.json, one JSON object per line) into documents and annotated spans. */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { SourceDocument } from "../../types.js";
import { DatasetError } from "./errors.js";

export interface GoldAnnotation {
  documentId: string;
  begin: number;
  end: number;
  /** re3d type: Person, Location, Organisation, Nationality, ... */
  type: string;
  value: string;
}

export interface Re3dDataset {
  documents: SourceDocument[];
  annotations: GoldAnnotation[];
}

function jsonLines<T>(path: string): T[] {
  return readFileSync(path, "utf8")
    .split("\n")
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as T);
}

/**
 * Loads every source folder under `dir` that has an entities.json, or `dir` itself when it is one (the
 * ner-open sets are single source folders); documents are sorted by id for a stable order.
 */
export function loadRe3d(dir: string): Re3dDataset {
  if (!existsSync(dir)) throw new DatasetError(`loadRe3d: no dataset at "${dir}"; pass --data DIR pointing at re3d source folders`);
  const documents: SourceDocument[] = [];
  const annotations: GoldAnnotation[] = [];
  const sources = existsSync(join(dir, "entities.json")) ? ["."] : readdirSync(dir).sort();
  for (const source of sources) {
    if (!existsSync(join(dir, source, "entities.json"))) continue;
    for (const d of jsonLines<{ _id: string; text: string; title?: string }>(join(dir, source, "documents.json"))) {
      documents.push({ id: d._id, path: `${d._id}.txt`, text: d.text, title: d.title });
    }
    annotations.push(...jsonLines<GoldAnnotation>(join(dir, source, "entities.json")));
  }
  if (documents.length === 0) throw new DatasetError(`loadRe3d: "${dir}" holds no re3d source folder (documents.json + entities.json)`);
  documents.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { documents, annotations };
}

/** Only the annotations of the given documents (a fold, a held-out part). */
export function annotationsOf(annotations: readonly GoldAnnotation[], documents: readonly { id: string }[]): GoldAnnotation[] {
  const ids = new Set(documents.map((d) => d.id));
  return annotations.filter((a) => ids.has(a.documentId));
}
