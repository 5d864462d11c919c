/** Server and CLI settings: one type, its defaults, and their validation. */
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
}

export const SERVER_DEFAULTS: ServerConfig = {
  port: 3000,
  host: "127.0.0.1",
  inputs: [resolve(REPO_ROOT, "seeds")],
  clientDir: resolve(REPO_ROOT, "client/dist"),
};

/** Limits of the HTTP API's list answers. */
export const API_LIMITS = {
  /** Default and maximum `limit` of `GET /api/entities`. */
  searchDefault: 20,
  searchMax: 200,
  /** Default and maximum `limit` of `GET /api/entities/:id/neighbors`. */
  neighborsDefault: 50,
  neighborsMax: 1000,
};

/** Merges options over the defaults and checks them. */
export function resolveServerConfig(options: Partial<ServerConfig> = {}): ServerConfig {
  const config = { ...SERVER_DEFAULTS, ...Object.fromEntries(Object.entries(options).filter(([, v]) => v !== undefined)) };
  if (!Number.isInteger(config.port) || config.port < 0 || config.port > 65535) {
    throw new RangeError(`config: port must be an integer from 0 to 65535, got "${config.port}"`);
  }
  if (!config.inputs.length) config.inputs = SERVER_DEFAULTS.inputs;
  return config;
}
