/** Opens the corpus, ingests the inputs (or the seeds into a new database) and starts listening. */
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { resolveServerConfig, SEEDS_DIR, type ServerConfig } from "../config.js";
import { Corpus, ExtractPool, type IngestReport } from "../corpus/index.js";
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
  // Extraction never runs on the thread that answers requests, whatever the batch: one pool of
  // at least one worker lives as long as the server, so a POST of one document pays no start-up.
  const pool = new ExtractPool(Math.max(1, config.workers));
  // A database written by an older extractor is brought up to date before serving.
  const reextracted = corpus.isStale() ? await corpus.reextract({ pool }) : 0;
  // A new database starts from the bundled seeds; an existing one is reopened as it is.
  const inputs = config.inputs.length ? config.inputs : corpus.store.countDocuments() ? [] : [SEEDS_DIR];
  const { documents, skipped } = readInputs(inputs);
  const ingested = await corpus.ingest(documents, { pool });
  const app = createApp({ corpus, inputs: inputs.length ? inputs : [config.db], pool }, config);
  const server = await new Promise<Server>((resolve, reject) => {
    // Express 5 hands listen errors (a port in use) to the callback.
    const s = app.listen(config.port, config.host, (err?: Error) => (err ? reject(err) : resolve(s)));
  }).catch(async (err: unknown) => {
    await pool.close();
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
          void pool.close().finally(() => {
            corpus.close();
            if (err) reject(err);
            else resolve();
          });
        });
      }),
  };
}
