/** Server and CLI settings: one type, its defaults, and their validation. */
import { availableParallelism } from "node:os";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { InvalidInputError } from "./errors.js";

/** The repository root (this file is server/src/config.ts). */
export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../..");

export interface ServerConfig {
  /** TCP port; 0 picks a free one. */
  port: number;
  host: string;
  /** Files and folders read at start-up. */
  inputs: string[];
  /** Folder of the built viewer served at `/`. */
  clientDir: string;
  /** SQLite file of the store (":memory:" for a throwaway one). */
  db: string;
  /** Largest request body accepted, in bytes; larger ones answer 413. */
  maxBodyBytes: number;
  /** Extraction worker threads when ingesting at start-up. */
  workers: number;
  /** What counts as occurring together: the same sentence or the same paragraph. */
  window: "sentence" | "paragraph";
  /**
   * Host names the server answers to besides loopback and the bound host (`NAME` on any port, as
   * behind a reverse proxy, or `NAME:PORT`); any other `Host` header is refused (DNS rebinding).
   */
  allowedHosts: string[];
  /** Bearer token every write route needs; required to bind beyond loopback unless read-only. */
  token?: string;
  /** The token is needed for reads too (the viewer's page itself stays open: it carries no data). */
  tokenReads: boolean;
  /** Every write route answers 403: an explorer to share, not to edit. */
  readOnly: boolean;
}

export const SERVER_DEFAULTS: ServerConfig = {
  port: 3000,
  host: "127.0.0.1",
  inputs: [],
  clientDir: resolve(REPO_ROOT, "client/dist"),
  db: resolve(REPO_ROOT, "data/entente.db"),
  maxBodyBytes: 10 * 1024 * 1024,
  workers: Math.max(1, availableParallelism()),
  window: "sentence",
  allowedHosts: [],
  tokenReads: false,
  readOnly: false,
};

/** A token shorter than this could be guessed by a patient attacker on the network. */
export const MIN_TOKEN_LENGTH = 16;

/** Addresses and names that reach this machine only. */
const LOOPBACK_HOSTS = ["localhost", "127.0.0.1", "::1", "[::1]"];

/** True when `host` is reachable from this machine only (localhost, 127.0.0.0/8, ::1). */
export function isLoopbackHost(host: string): boolean {
  const name = host.toLowerCase();
  return LOOPBACK_HOSTS.includes(name) || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(name);
}

/** `NAME` or `NAME:PORT`, NAME a DNS name, an IPv4 address or a bracketed IPv6 address. */
const ALLOWED_HOST = /^(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*|\[[0-9a-f:.]+\])(?::\d{1,5})?$/i;

/** The bundled sample corpus, ingested when a new database is opened with no inputs. */
export const SEEDS_DIR = resolve(REPO_ROOT, "seeds");

/**
 * Bounds that keep one document from costing more than its share of the extraction: a 100 KB
 * run of "Aa Ba Ca ..." once froze the server for minutes, and a 50 MB file killed its worker.
 */
export const EXTRACTION_LIMITS = {
  /** Longest sentence, in characters; a longer run is cut at whitespace. The longest of the 41,103 BBC sentences has 1,063. */
  maxSentenceChars: 2000,
  /** compromise parses a document in chunks that end at a line break (one where it splits sentences too) once this long... */
  parseChunkMinChars: 2000,
  /** ...and a line longer than this is parsed in pieces cut between two of its sentences (the longest BBC line has 2,572). */
  parseChunkMaxChars: 8000,
  /**
   * Longest sentence compromise parses in one piece; a longer one is parsed in pieces cut at whitespace.
   * compromise's matcher is quadratic in the length of a sentence of names: 100 KB of distinct
   * "Aa Ba ... Ab Bb ..." costs 6.5 s in pieces of 2,000 characters and 2.3 s in pieces of 600, against
   * about 1.6 s for 100 KB of prose. One of the 41,103 BBC sentences is longer (1,063 characters).
   */
  parsePieceMaxChars: 600,
  /** Time one document may take in an extraction worker before it is skipped and the worker replaced. Prose extracts at about 0.15 MB/s a core, so a document of `maxDocumentChars` takes about 7 s. */
  documentBudgetMs: 30_000,
  /** Longest document text, in characters, read from a file or posted to the API: a book, not an article (the longest BBC article has about 25,000). */
  maxDocumentChars: 1_000_000,
  /** Largest input file read, in bytes, checked with stat before reading: a .jsonl of many articles may be large; each of its documents is held to `maxDocumentChars`. */
  maxFileBytes: 64 * 1024 * 1024,
};

/** Limits of the HTTP API's list answers. */
export const API_LIMITS = {
  /** Default and maximum `limit` of `GET /api/entities`. */
  searchDefault: 20,
  searchMax: 200,
  /** Default and maximum `limit` of `GET /api/entities/:id/neighbors`. */
  neighborsDefault: 50,
  neighborsMax: 1000,
  /** Default and maximum `limit` of `GET /api/documents`. */
  documentsDefault: 50,
  documentsMax: 500,
  /** Longest `q` of `GET /api/entities`, in characters: a search box, not a document. */
  searchQueryMax: 200,
};

/** Limits of what an analyst's curation decisions may hold. */
export const CURATION_LIMITS = {
  /** Longest label a rename may give, in UTF-16 code units: the longest entity name in the seeds and re3d is under 80. */
  labelMaxChars: 200,
};

/** Merges options over the defaults and checks them. */
export function resolveServerConfig(options: Partial<ServerConfig> = {}): ServerConfig {
  const config = { ...SERVER_DEFAULTS, ...Object.fromEntries(Object.entries(options).filter(([, v]) => v !== undefined)) };
  if (!Number.isInteger(config.port) || config.port < 0 || config.port > 65535) {
    throw new RangeError(`config: port must be an integer from 0 to 65535, got "${config.port}"`);
  }
  if (!Number.isInteger(config.maxBodyBytes) || config.maxBodyBytes < 1) {
    throw new RangeError(`config: maxBodyBytes must be a positive integer, got "${config.maxBodyBytes}"`);
  }
  if (!Number.isInteger(config.workers) || config.workers < 0) {
    throw new RangeError(`config: workers must be an integer >= 0, got "${config.workers}"`);
  }
  checkAccess(config);
  return config;
}

/** The access options: well-formed host names and token, and no open writes beyond loopback. */
function checkAccess(config: ServerConfig): void {
  for (const name of config.allowedHosts) {
    if (!ALLOWED_HOST.test(name)) throw new InvalidInputError(`config: allowed host must be a name or NAME:PORT without a scheme, got "${name}"`);
  }
  if (config.token !== undefined && (config.token.length < MIN_TOKEN_LENGTH || /\s/.test(config.token))) {
    throw new InvalidInputError(
      `config: the token must be at least ${MIN_TOKEN_LENGTH} characters without spaces (try \`openssl rand -hex 16\`)`,
    );
  }
  if (config.tokenReads && config.token === undefined) {
    throw new InvalidInputError("config: token reads needs a token: give --token TOKEN (or ENTENTE_TOKEN) too");
  }
  // Beyond loopback anyone on the network could add, curate and delete: only with a token, or read-only.
  if (!isLoopbackHost(config.host) && config.token === undefined && !config.readOnly) {
    throw new InvalidInputError(
      `config: --host ${config.host} makes entente reachable from other machines, and anyone who reaches it could ` +
        "add, curate and delete documents; refusing to start without --token TOKEN (or ENTENTE_TOKEN), or --read-only",
    );
  }
}
