/** `entente build <file-or-dir>... --out graph.gexf|graph.graphml|graph.json [--gexf-version 1.3] [--window paragraph] [--workers N]` */
import { writeFileSync } from "node:fs";
import { extname } from "node:path";
import { parseArgs } from "node:util";
import { describeGraph, entityTable, writeGraphml } from "../formats/index.js";
import { writeGexf, type GexfVersion } from "../graph/index.js";
import { inputName } from "../ingest/index.js";
import { buildGraphFromInputs, formatSummary } from "../pipeline.js";
import { integerOption, windowOption } from "./options.js";
import { UsageError } from "./usage-error.js";

export async function runBuild(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      out: { type: "string" },
      "gexf-version": { type: "string", default: "1.2" },
      window: { type: "string" },
      workers: { type: "string" },
    },
  });
  if (!positionals.length) throw new UsageError("build: name at least one file or folder to read");
  const out = values.out;
  if (!out) throw new UsageError("build: --out FILE is required (.gexf, .graphml or .json)");
  const format = extname(out).toLowerCase();
  if (format !== ".gexf" && format !== ".graphml" && format !== ".json") throw new UsageError(`build: --out must end in .gexf, .graphml or .json, got "${out}"`);
  const version = values["gexf-version"];
  if (version !== "1.2" && version !== "1.3") throw new UsageError(`build: --gexf-version must be 1.2 or 1.3, got "${version}"`);
  const window = windowOption("build", values.window);
  const workers = integerOption("build", "workers", values.workers, 0, 64);

  const { graph, summary } = await buildGraphFromInputs(positionals, { window, workers });
  for (const s of summary.skipped) console.error(`skipped ${s.path}: ${s.reason}`);
  if (!summary.documents) {
    console.error("build: no document could be read");
    return 1;
  }
  // Inputs by their short names: the file may be shared.
  const inputs = positionals.map(inputName);
  const body =
    format === ".gexf"
      ? writeGexf(graph, { version: version as GexfVersion, inputs })
      : format === ".graphml"
        ? [...writeGraphml(entityTable(graph, { description: describeGraph(graph.getAttribute("documents") ?? 0, inputs) }))].join("")
        : JSON.stringify(graph.export());
  writeFileSync(out, body);
  console.log(`${formatSummary(summary)} -> ${out}`);
  return 0;
}
