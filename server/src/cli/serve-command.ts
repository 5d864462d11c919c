/**
 * `entente serve [--port 3000] [--host 127.0.0.1] [--allowed-host NAME]... [--token TOKEN] [--token-reads] [--read-only]
 * [--db FILE] [--workers N] [--window sentence|paragraph] [<file-or-dir>...]`: the explorer.
 */
import { parseArgs } from "node:util";
import { startServer, type RunningServer } from "../api/index.js";
import { isLoopbackHost } from "../config.js";
import { UsageError } from "./usage-error.js";
import { integerOption, windowOption } from "./options.js";
import { countByType } from "../graph/index.js";

export async function runServe(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      port: { type: "string" },
      host: { type: "string" },
      "allowed-host": { type: "string", multiple: true },
      token: { type: "string" },
      "token-reads": { type: "boolean" },
      "read-only": { type: "boolean" },
      db: { type: "string" },
      workers: { type: "string" },
      window: { type: "string" },
    },
  });
  const port = integerOption("serve", "port", values.port, 0, 65535);
  const workers = integerOption("serve", "workers", values.workers, 0, 64);
  if (values.db === "") throw new UsageError("serve: --db needs a file name");
  const window = windowOption("serve", values.window);
  // The environment variable keeps the token out of `ps` and the shell history.
  const token = values.token ?? (process.env.ENTENTE_TOKEN || undefined);
  const host = values.host ?? "127.0.0.1";
  // Without a token or --read-only, start-up refuses, saying why (config.ts).
  if (!isLoopbackHost(host) && (token !== undefined || values["read-only"])) {
    console.error(
      `warning: --host ${host} makes entente reachable from other machines: anyone on the network can read the corpus` +
        (values["token-reads"] ? " with the token" : "") +
        (values["read-only"] ? "; it is read-only" : "; writes need the token"),
    );
  }
  const server = await startServer({
    port,
    host,
    allowedHosts: values["allowed-host"],
    token,
    tokenReads: values["token-reads"],
    readOnly: values["read-only"],
    db: values.db,
    workers,
    window,
    inputs: positionals,
  });
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
  console.log(`entente is exploring at ${viewerLink(server, token)} (database ${corpus.store.path})`);
  if (values["read-only"]) console.log("read-only: every write answers 403");
  const stop = () => void server.close().then(() => process.exit(0));
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
  await new Promise(() => {}); // run until a signal arrives
  return 0;
}

/**
 * The viewer's address; with a token, in the fragment (`#token=`), which browsers never send to a
 * server nor put in a Referer: the viewer moves it to sessionStorage and out of the address bar.
 */
function viewerLink(server: RunningServer, token: string | undefined): string {
  return token === undefined ? `${server.url}/` : `${server.url}/#token=${encodeURIComponent(token)}`;
}
