/** `entente serve [--port 3000] [--host 127.0.0.1] [<file-or-dir>...]`: the explorer on the inputs (seeds/ by default). */
import { parseArgs } from "node:util";
import { startServer } from "../api/index.js";
import { formatSummary } from "../pipeline.js";
import { UsageError } from "./usage-error.js";

export async function runServe(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { port: { type: "string" }, host: { type: "string" } },
  });
  const port = values.port === undefined ? undefined : Number(values.port);
  if (port !== undefined && (!Number.isInteger(port) || port < 0 || port > 65535)) {
    throw new UsageError(`serve: --port must be an integer from 0 to 65535, got "${values.port}"`);
  }
  const server = await startServer({ port, host: values.host, inputs: positionals });
  for (const s of server.summary.skipped) console.error(`skipped ${s.path}: ${s.reason}`);
  console.log(formatSummary(server.summary));
  console.log(`entente is exploring at ${server.url}/`);
  const stop = () => void server.close().then(() => process.exit(0));
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
  // Keep running until a signal arrives.
  await new Promise(() => {});
  return 0;
}
