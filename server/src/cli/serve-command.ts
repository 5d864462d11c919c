/** `entente serve [--port 3000] [--host 127.0.0.1] [--db FILE] [--workers N] [--window sentence|paragraph] [<file-or-dir>...]`: the explorer. */
import { parseArgs } from "node:util";
import { startServer } from "../api/index.js";
import { UsageError } from "./usage-error.js";
import { integerOption, windowOption } from "./options.js";
import { countByType } from "../graph/index.js";

export async function runServe(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { port: { type: "string" }, host: { type: "string" }, db: { type: "string" }, workers: { type: "string" }, window: { type: "string" } },
  });
  const port = integerOption("serve", "port", values.port, 0, 65535);
  const workers = integerOption("serve", "workers", values.workers, 0, 64);
  if (values.db === "") throw new UsageError("serve: --db needs a file name");
  const window = windowOption("serve", values.window);
  const server = await startServer({ port, host: values.host, db: values.db, workers, window, inputs: positionals });
  for (const s of server.unreadable) console.error(`skipped ${s.path}: ${s.reason}`);
  const { ingested, corpus } = server;
  const graph = corpus.graph;
  const types = countByType(graph);
  console.log(
    `${corpus.store.countDocuments()} documents (${ingested.added.length} new), ${graph.getAttribute("sentences")} sentences, ` +
      `${types.person} people, ${types.country} countries, ${types.organization} organizations, ${graph.size} edges ` +
      `in ${ingested.seconds.toFixed(2)} s`,
  );
  if (server.reextracted) console.log(`re-extracted ${server.reextracted} stored documents: the extractor had changed`);
  console.log(`entente is exploring at ${server.url}/ (database ${corpus.store.path})`);
  const stop = () => void server.close().then(() => process.exit(0));
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
  await new Promise(() => {}); // run until a signal arrives
  return 0;
}
