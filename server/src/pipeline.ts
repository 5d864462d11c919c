/** The whole path from files to graph: read -> extract -> build co-occurrence graph. */
import { performance } from "node:perf_hooks";
import { extractCorpus } from "./extract/index.js";
import { buildCooccurrenceGraph, countByType, type BuildOptions, type EntityGraph } from "./graph/index.js";
import { readInputs, type SkippedInput } from "./ingest/index.js";
import type { EntityType } from "./types.js";

export interface BuildSummary {
  documents: number;
  sentences: number;
  entities: Record<EntityType, number>;
  edges: number;
  seconds: number;
  skipped: SkippedInput[];
}

/** Reads every input, extracts entities and builds the graph; unreadable files are skipped and listed. */
export function buildGraphFromInputs(inputs: string[], options: Partial<BuildOptions> = {}): { graph: EntityGraph; summary: BuildSummary } {
  const started = performance.now();
  const { documents, skipped } = readInputs(inputs);
  const extracted = extractCorpus(documents);
  const graph = buildCooccurrenceGraph(extracted, options);
  return {
    graph,
    summary: {
      documents: documents.length,
      sentences: graph.getAttribute("sentences"),
      entities: countByType(graph),
      edges: graph.size,
      seconds: (performance.now() - started) / 1000,
      skipped,
    },
  };
}

/** The one-line summary the CLI prints. */
export function formatSummary(s: BuildSummary): string {
  const skipped = s.skipped.length ? `, ${s.skipped.length} skipped` : "";
  return (
    `${s.documents} documents, ${s.sentences} sentences, ` +
    `${s.entities.person} people, ${s.entities.country} countries, ${s.entities.organization} organizations, ` +
    `${s.edges} edges in ${s.seconds.toFixed(2)} s${skipped}`
  );
}
