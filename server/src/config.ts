/** Server and CLI settings: one type, its defaults, and their validation. */
import { availableParallelism } from "node:os";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";

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
};

/** The bundled sample corpus, ingested when a new database is opened with no inputs. */
export const SEEDS_DIR = resolve(REPO_ROOT, "seeds");

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
};

/** Limits of what an analyst's curation decisions may hold. */
export const CURATION_LIMITS = {
  /** Longest label a rename may give, in UTF-16 code units: the longest entity name in the seeds and re3d is under 80. */
  labelMaxChars: 200,
};

/** A batch of at least this many documents extracts in worker threads: starting them costs ~0.5 s. */
const WORKER_THRESHOLD = 8;

/** The extraction workers worth starting for a batch of `documents`: none for a small one. */
export function workersFor(documents: number, workers: number): number {
  return documents >= WORKER_THRESHOLD ? workers : 0;
}

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
  return config;
}
