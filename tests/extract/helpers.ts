/** Shared helpers for the extraction tests: run the pipeline on a small text and look at what it found. */
import { extractDocument } from "../../server/src/extract/index.js";
import type { ExtractedDocument, Mention } from "../../server/src/types.js";

/** The rules alone: these helpers pin what each rule decides; what the learned tagger adds is tested in tagger-spans.test.ts. */
export function extract(text: string): ExtractedDocument {
  return extractDocument({ id: "t", path: "t.txt", text }, { tagger: false });
}

/** "type:text -> entity" for each mention, in order. */
export function found(text: string): string[] {
  return extract(text).mentions.map((m: Mention) => `${m.type}:${m.text} -> ${m.entity}`);
}

/** Entity ids mentioned. */
export function entityIds(text: string): string[] {
  return [...new Set(extract(text).mentions.map((m) => m.entity))];
}
