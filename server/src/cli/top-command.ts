/** `entente top (--db FILE | <file-or-dir>...) [--limit 40] [--type T]`: the most mentioned entities of each type, with their aliases. */
import { parseArgs } from "node:util";
import { Corpus } from "../corpus/index.js";
import { topEntities, TOP_DEFAULTS, type EntityGraph, type TopEntity } from "../graph/index.js";
import { readInputs } from "../ingest/index.js";
import { runBatch } from "../pipeline.js";
import { ENTITY_TYPES, type EntityType } from "../types.js";
import { integerOption } from "./options.js";
import { UsageError } from "./usage-error.js";

/** At most this many aliases per line: a hub like "UK" has dozens and the line must stay readable. */
const SHOWN_ALIASES = 6;

/** One table per type: rank, label, mentions, documents, aliases. */
export function formatTop(top: Record<EntityType, TopEntity[]>, types: readonly EntityType[]): string {
  const blocks = types.map((t) => {
    const rows = top[t].map((e, i) => {
      const more = e.aliases.length > SHOWN_ALIASES ? ` (+${e.aliases.length - SHOWN_ALIASES})` : "";
      const aliases = e.aliases.length ? `  [${e.aliases.slice(0, SHOWN_ALIASES).join(" | ")}${more}]` : "";
      return `${String(i + 1).padStart(3)}  ${e.label.padEnd(32)} ${String(e.mentions).padStart(6)} ${String(e.documents).padStart(5)}${aliases}`;
    });
    return [`${t} (top ${top[t].length}: mentions, documents, aliases)`, ...rows].join("\n");
  });
  return blocks.join("\n\n");
}

function parseType(raw: string | undefined): readonly EntityType[] {
  if (raw === undefined) return ENTITY_TYPES;
  if (!(ENTITY_TYPES as readonly string[]).includes(raw)) throw new UsageError(`top: --type must be one of ${ENTITY_TYPES.join(", ")}, got "${raw}"`);
  return [raw as EntityType];
}

/** The graph of a stored corpus, or of files read and extracted in memory as `build` does. */
async function graphOf(db: string | undefined, inputs: string[]): Promise<EntityGraph> {
  if (db) {
    const corpus = Corpus.open({ db });
    try {
      return corpus.graph;
    } finally {
      corpus.close();
    }
  }
  const { documents, skipped } = readInputs(inputs);
  for (const s of skipped) console.error(`skipped ${s.path}: ${s.reason}`);
  return (await runBatch(documents)).graph;
}

export async function runTop(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { db: { type: "string" }, limit: { type: "string" }, type: { type: "string" } },
  });
  if (!values.db === !positionals.length) throw new UsageError("top: give either --db FILE or the files and folders to read");
  const limit = integerOption("top", "limit", values.limit, 1, 10000) ?? TOP_DEFAULTS.limit;
  const types = parseType(values.type);
  const graph = await graphOf(values.db, positionals);
  console.log(formatTop(topEntities(graph, limit, types), types));
  return 0;
}
