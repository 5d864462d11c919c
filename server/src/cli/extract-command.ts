/** `entente extract <file-or-dir>... --out mentions.jsonl [--workers N]`: named-entity mentions with offsets, one JSON line per document. */
import { writeFileSync } from "node:fs";
import { performance } from "node:perf_hooks";
import { readInputs } from "../ingest/index.js";
import { byPublishedThenId } from "../graph/index.js";
import { runBatch } from "../pipeline.js";
import { explainMentions, traceCorpus } from "../extract/index.js";
import type { ExtractedDocument } from "../types.js";
import { integerOption } from "./options.js";

const USAGE = "usage: entente extract <file-or-dir>... --out mentions.jsonl [--workers N] [--explain]";

/** The JSON line written for one document. */
export function mentionsLine(doc: ExtractedDocument): string {
  return JSON.stringify({
    path: doc.path,
    sentences: doc.sentences.map((s) => ({ start: s.start, end: s.end })),
    mentions: doc.mentions.map((m) => ({ start: m.start, end: m.end, text: m.text, type: m.type, entity: m.entity, sentence: m.sentence })),
  });
}

/** Runs the command; returns the process exit code. */
export async function runExtract(args: string[]): Promise<number> {
  const inputs: string[] = [];
  let out: string | undefined;
  let workers: string | undefined;
  // --explain prints, for each mention, the rules that typed and resolved it (--out is then optional).
  let explain = false;
  for (let i = 0; i < args.length; i++) {
    if (args[i] === "--out" || args[i] === "-o") out = args[++i];
    else if (args[i].startsWith("--out=")) out = args[i].slice(6);
    else if (args[i] === "--workers") workers = args[++i];
    else if (args[i] === "--explain") explain = true;
    else if (args[i] === "--help" || args[i] === "-h") {
      console.error(USAGE);
      return 0;
    } else if (args[i].startsWith("-")) {
      console.error(`extract: unknown option "${args[i]}"\n${USAGE}`);
      return 2;
    } else inputs.push(args[i]);
  }
  if (inputs.length === 0 || (!out && !explain)) {
    console.error(`extract: ${inputs.length === 0 ? "no input given" : "--out is required"}\n${USAGE}`);
    return 2;
  }
  const workerCount = integerOption("extract", "workers", workers, 0, 64);
  const t0 = performance.now();
  const { documents, skipped } = readInputs(inputs);
  for (const s of skipped) console.error(`extract: skipped ${s.path}: ${s.reason}`);
  if (documents.length === 0) {
    console.error("extract: no readable .txt document in the inputs");
    return 1;
  }
  // NER output for the user's own pipelines: each line names the file as found, which they can open.
  const named = documents.map((d) => ({ ...d, path: d.file ?? d.path }));
  const batch = await runBatch(named, { workers: workerCount });
  for (const s of batch.report.skipped) console.error(`extract: skipped ${s.path}: ${s.reason}`);
  const extracted = batch.documents.filter((d): d is ExtractedDocument => d !== undefined);
  if (extracted.length === 0) {
    console.error("extract: no document could be extracted");
    return 1;
  }
  if (explain) {
    // Traced in the order the corpus resolves them, so that each trace is the one behind the mentions written.
    const order = named.map((_, i) => i).sort((a, b) => byPublishedThenId(named[a], named[b]));
    const traces = traceCorpus(order.map((i) => named[i]));
    const traceOf = new Map(order.map((i, k) => [i, traces[k]]));
    batch.documents.forEach((d, i) => d && console.log([d.path, ...explainMentions(d, traceOf.get(i)!)].join("\n")));
  }
  if (out) writeFileSync(out, extracted.map(mentionsLine).join("\n") + "\n");
  const byType = { person: 0, country: 0, organization: 0 };
  const entities = new Set<string>();
  let sentences = 0;
  for (const d of extracted) {
    sentences += d.sentences.length;
    for (const m of d.mentions) {
      byType[m.type]++;
      entities.add(m.entity);
    }
  }
  const mentions = byType.person + byType.country + byType.organization;
  const seconds = ((performance.now() - t0) / 1000).toFixed(1);
  console.error(
    `extract: ${extracted.length} documents, ${sentences} sentences, ${mentions} mentions (${byType.person} person, ${byType.country} country, ${byType.organization} organization), ${entities.size} entities${out ? ` -> ${out}` : ""} in ${seconds}s`,
  );
  return 0;
}
