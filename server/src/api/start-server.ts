/** Opens the corpus, ingests the inputs (or the seeds into a new database) and starts listening. */
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { resolveServerConfig, SEEDS_DIR, workersFor, type ServerConfig } from "../config.js";
import { Corpus, type IngestReport } from "../corpus/index.js";
import { readInputs, type SkippedInput } from "../ingest/index.js";
import { createApp } from "./create-app.js";

export interface RunningServer {
  url: string;
  corpus: Corpus;
  /** What start-up ingested (nothing when an existing database was reopened without inputs). */
  ingested: IngestReport;
  /** Stored documents re-extracted at start-up because the extractor had changed. */
  reextracted: number;
  /** Files that could not be read at start-up. */
  unreadable: SkippedInput[];
  close(): Promise<void>;
}

/** Starts entente's HTTP server; `port: 0` picks a free port. */
export async function startServer(options: Partial<ServerConfig> = {}): Promise<RunningServer> {
  const config = resolveServerConfig(options);
  const corpus = Corpus.open({ db: config.db, window: config.window });
  // A database written by an older extractor is brought up to date before serving.
  const reextracted = corpus.isStale() ? await corpus.reextract({ workers: config.workers }) : 0;
  // A new database starts from the bundled seeds; an existing one is reopened as it is.
  const inputs = config.inputs.length ? config.inputs : corpus.store.countDocuments() ? [] : [SEEDS_DIR];
  const { documents, skipped } = readInputs(inputs);
  const ingested = await corpus.ingest(documents, { workers: workersFor(documents.length, config.workers) });
  const app = createApp({ corpus, inputs: inputs.length ? inputs : [config.db], workers: config.workers }, config);
  const server = await new Promise<Server>((resolve, reject) => {
    // Express 5 hands listen errors (a port in use) to the callback.
    const s = app.listen(config.port, config.host, (err?: Error) => (err ? reject(err) : resolve(s)));
  }).catch((err: unknown) => {
    corpus.close();
    throw err;
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${config.host}:${port}`,
    corpus,
    ingested,
    reextracted,
    unreadable: skipped,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((err) => {
          corpus.close();
          if (err) reject(err);
          else resolve();
        });
      }),
  };
}
