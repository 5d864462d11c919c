#!/usr/bin/env node
/** entente's command line: dispatches to one module per command. */
import { EntenteError } from "../errors.js";
import { UsageError } from "./usage-error.js";

/** A one-line message for failures that are the environment's, not entente's; undefined for bugs. */
function describeFailure(err: unknown): string | undefined {
  const code = (err as { code?: string }).code;
  if (code === "EADDRINUSE") return `the port is already in use (${(err as Error).message}); choose another with --port`;
  if (code === "EACCES" || code === "EPERM") return `permission denied: ${(err as Error).message}`;
  if (err instanceof EntenteError) return err.message;
  return undefined;
}

const USAGE = `usage: entente <command> [options]

commands:
  build <file-or-dir>... --out graph.gexf|graph.json [--gexf-version 1.2|1.3] [--window sentence|paragraph]
  serve [--port 3000] [--host 127.0.0.1] [--db FILE] [--workers N] [--window sentence|paragraph] [<file-or-dir>...]
        [--allowed-host NAME]... [--token TOKEN] [--token-reads] [--read-only]
        (a new database starts from seeds/; default database data/entente.db;
        a host beyond loopback needs --token, or ENTENTE_TOKEN, or --read-only)
  ingest <file-or-dir>... [--db FILE] [--workers N]
  extract <file-or-dir>... --out mentions.jsonl
  eval [--data DIR]
  top (--db FILE | <file-or-dir>...) [--limit 40] [--type person|country|organization]`;

type Command = (argv: string[]) => Promise<number>;

const COMMANDS: Record<string, () => Promise<Command>> = {
  build: async () => (await import("./build-command.js")).runBuild,
  serve: async () => (await import("./serve-command.js")).runServe,
  ingest: async () => (await import("./ingest-command.js")).runIngest,
  extract: async () => (await import("./extract-command.js")).runExtract,
  eval: async () => (await import("./eval-command.js")).runEval,
  top: async () => (await import("./top-command.js")).runTop,
};

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === "--help" || name === "-h" || name === "help") {
    console.log(USAGE);
    return name ? 0 : 2;
  }
  const load = COMMANDS[name];
  if (!load) {
    console.error(`entente: unknown command "${name}"\n\n${USAGE}`);
    return 2;
  }
  try {
    return await (await load())(rest);
  } catch (err) {
    // node:util parseArgs throws TypeErrors with a code for unknown or malformed options.
    if (err instanceof UsageError || (err as { code?: string }).code?.startsWith("ERR_PARSE_ARGS")) {
      console.error(`entente ${name}: ${(err as Error).message}\n\n${USAGE}`);
      return 2;
    }
    // Known failures (a port in use, a file that is not an entente database...) are said in
    // one line; anything else keeps its stack, which is what a bug report needs.
    const known = describeFailure(err);
    if (known) {
      console.error(`entente ${name}: ${known}`);
      return 1;
    }
    throw err;
  }
}

process.exitCode = await main(process.argv.slice(2));
