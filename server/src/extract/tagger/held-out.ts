/**
 * Honest figures for the tagger: a document-level split of each set (fixed seed), and exact-span
 * precision / recall / F1 per label of a model on documents it never saw.
 */
import type { SourceDocument } from "../../types.js";
import type { GoldAnnotation } from "../evaluate/index.js";
import { goldNames } from "./training-data.js";
import { tagWithModel } from "./tag.js";
import type { TaggerModel } from "./model.js";
import { seededRandom, shuffled } from "./perceptron.js";
import { splitSentences } from "../index.js";

export interface Split {
  train: SourceDocument[];
  heldOut: SourceDocument[];
}

/** Holds out `share` of the set's documents (at least one), chosen by a seeded shuffle of their ids. */
export function splitDocuments(documents: readonly SourceDocument[], share: number, seed: number): Split {
  const order = shuffled(documents.map((d) => d.id).sort(), seededRandom(seed));
  const held = new Set(order.slice(0, Math.max(1, Math.round(documents.length * share))));
  return { train: documents.filter((d) => !held.has(d.id)), heldOut: documents.filter((d) => held.has(d.id)) };
}

export type SpanCounts = Record<string, { tp: number; fp: number; fn: number }>;

const TYPE_OF = { person: "PER", organization: "ORG", location: "LOC" } as const;

/** Exact-span matches of the model's names against the gold names, per label and "all". */
export function exactSpanCounts(model: TaggerModel, documents: readonly SourceDocument[], annotations: readonly GoldAnnotation[]): SpanCounts {
  const counts: SpanCounts = { PER: { tp: 0, fp: 0, fn: 0 }, ORG: { tp: 0, fp: 0, fn: 0 }, LOC: { tp: 0, fp: 0, fn: 0 }, all: { tp: 0, fp: 0, fn: 0 } };
  const byDoc = new Map<string, GoldAnnotation[]>();
  for (const a of annotations) byDoc.set(a.documentId, [...(byDoc.get(a.documentId) ?? []), a]);
  for (const d of documents) {
    const gold = new Set(goldNames(d.text, byDoc.get(d.id) ?? []).map((g) => `${g.start}:${g.end}:${g.type}`));
    const predicted = new Set(tagWithModel(model, d.text, splitSentences(d.text)).map((p) => `${p.start}:${p.end}:${TYPE_OF[p.type]}`));
    const add = (key: string, field: "tp" | "fp" | "fn"): void => {
      counts[key.split(":")[2]][field]++;
      counts.all[field]++;
    };
    for (const p of predicted) add(p, gold.has(p) ? "tp" : "fp");
    for (const g of gold) if (!predicted.has(g)) add(g, "fn");
  }
  return counts;
}

/** "P / R / F1" of counts. */
export function prf(c: { tp: number; fp: number; fn: number }): string {
  const p = c.tp / Math.max(1, c.tp + c.fp);
  const r = c.tp / Math.max(1, c.tp + c.fn);
  const f = (2 * p * r) / Math.max(1e-9, p + r);
  return `${p.toFixed(3)} / ${r.toFixed(3)} / ${f.toFixed(3)}`;
}
