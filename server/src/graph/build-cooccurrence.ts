/** Builds the co-occurrence graph from extracted documents. */
import type { Evidence, ExtractedDocument } from "../types.js";
import { createEntityGraph, edgeKey, type EntityGraph } from "./entity-graph.js";
import { byPublishedThenId } from "./chronological.js";
import { npmi } from "./npmi.js";

/** What counts as "occurring together". */
export type CooccurrenceWindow = "sentence" | "paragraph";

export interface BuildOptions {
  window: CooccurrenceWindow;
  /** Graph name written to exports. */
  name: string;
}

export const BUILD_DEFAULTS: BuildOptions = { window: "sentence", name: "entente" };

interface PairTally {
  weight: number;
  documents: Set<string>;
  evidence: Evidence[];
  dates: DateRange;
}

/** Earliest and latest ISO date seen; ISO dates compare correctly as strings. */
interface DateRange {
  firstSeen?: string;
  lastSeen?: string;
}

function widen(range: DateRange, date: string | undefined): void {
  if (!date) return;
  if (!range.firstSeen || date < range.firstSeen) range.firstSeen = date;
  if (!range.lastSeen || date > range.lastSeen) range.lastSeen = date;
}

/** The text and index of each window of a document, with the entities it holds. */
function windowsOf(doc: ExtractedDocument, window: CooccurrenceWindow) {
  const windows = new Map<number, { sentence: number; start: number; end: number; entities: Set<string> }>();
  for (const m of doc.mentions) {
    const s = doc.sentences[m.sentence];
    const key = window === "sentence" ? m.sentence : s.paragraph;
    let w = windows.get(key);
    if (!w) {
      // A paragraph window spans its sentences; its evidence names the first one.
      const inWindow = window === "sentence" ? [s] : doc.sentences.filter((x) => x.paragraph === s.paragraph);
      const first = window === "sentence" ? m.sentence : doc.sentences.indexOf(inWindow[0]);
      w = { sentence: first, start: inWindow[0].start, end: inWindow[inWindow.length - 1].end, entities: new Set() };
      windows.set(key, w);
    }
    w.entities.add(m.entity);
  }
  return [...windows.values()];
}

/** Number of windows of a document (every sentence or paragraph counts, with or without entities). */
function windowCount(doc: ExtractedDocument, window: CooccurrenceWindow): number {
  return window === "sentence" ? doc.sentences.length : new Set(doc.sentences.map((s) => s.paragraph)).size;
}

/**
 * One node per entity (label, type, mentions, documents, aliases); one edge
 * per pair sharing a window, weighted by the number of windows, with the
 * evidence of each window and an NPMI association score.
 */
export function buildCooccurrenceGraph(docs: ExtractedDocument[], options: Partial<BuildOptions> = {}): EntityGraph {
  const { window, name } = { ...BUILD_DEFAULTS, ...options };
  const graph = createEntityGraph();
  const docsPerEntity = new Map<string, Set<string>>();
  const windowsPerEntity = new Map<string, number>();
  const pairs = new Map<string, PairTally>();
  const nodeDates = new Map<string, DateRange>();
  const corpusDates: DateRange = {};
  let totalWindows = 0;
  let totalSentences = 0;

  for (const doc of [...docs].sort(byPublishedThenId)) {
    totalWindows += windowCount(doc, window);
    totalSentences += doc.sentences.length;
    widen(corpusDates, doc.published);
    for (const m of doc.mentions) {
      const entity = doc.entities[m.entity];
      if (!graph.hasNode(m.entity)) {
        graph.addNode(m.entity, { label: entity.label, type: entity.type, mentions: 0, documents: 0, aliases: [] });
        docsPerEntity.set(m.entity, new Set());
        nodeDates.set(m.entity, {});
      }
      widen(nodeDates.get(m.entity)!, doc.published);
      graph.updateNodeAttribute(m.entity, "mentions", (n) => (n ?? 0) + 1);
      docsPerEntity.get(m.entity)!.add(doc.id);
    }
    for (const [id, entity] of Object.entries(doc.entities)) {
      if (!graph.hasNode(id)) continue;
      const aliases = graph.getNodeAttribute(id, "aliases");
      for (const a of entity.aliases) if (!aliases.includes(a)) aliases.push(a);
    }
    for (const w of windowsOf(doc, window)) {
      const ids = [...w.entities].sort();
      for (const id of ids) windowsPerEntity.set(id, (windowsPerEntity.get(id) ?? 0) + 1);
      const text = doc.text.slice(w.start, w.end).replace(/\s+/g, " ").trim();
      for (let i = 0; i < ids.length; i++) {
        for (let j = i + 1; j < ids.length; j++) {
          const key = edgeKey(ids[i], ids[j]);
          let tally = pairs.get(key);
          if (!tally) pairs.set(key, (tally = { weight: 0, documents: new Set(), evidence: [], dates: {} }));
          tally.weight++;
          widen(tally.dates, doc.published);
          tally.documents.add(doc.id);
          tally.evidence.push({ document: doc.id, sentence: w.sentence, text });
        }
      }
    }
  }

  for (const [id, set] of docsPerEntity) {
    graph.mergeNodeAttributes(id, { documents: set.size, ...nodeDates.get(id) });
  }
  for (const [key, tally] of pairs) {
    const [a, b] = key.split("|");
    graph.addUndirectedEdgeWithKey(key, a, b, {
      weight: tally.weight,
      documents: tally.documents.size,
      npmi: npmi(tally.weight, windowsPerEntity.get(a)!, windowsPerEntity.get(b)!, totalWindows),
      evidence: tally.evidence,
      ...tally.dates,
    });
  }
  graph.replaceAttributes({ name, documents: docs.length, sentences: totalSentences, ...corpusDates });
  return graph;
}
