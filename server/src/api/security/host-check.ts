/** Refuses requests whose Host is not a name the server was started for: the defence against DNS rebinding. */
import { networkInterfaces } from "node:os";
import type { RequestHandler } from "express";
import { ForbiddenError } from "../../errors.js";

export interface HostCheckOptions {
  /** The address the server is bound to (`127.0.0.1`, `0.0.0.0`, a LAN address...). */
  host: string;
  /** Extra names from `--allowed-host`: `NAME` (any port, as behind a proxy) or `NAME:PORT`. */
  allowedHosts: readonly string[];
}

const WILDCARDS = new Set(["0.0.0.0", "::", "[::]"]);

/** `[::1]:3000` -> {name: "::1", port: "3000"}; `localhost` -> {name: "localhost"}. */
export function splitHost(value: string): { name: string; port?: string } {
  const lower = value.trim().toLowerCase();
  const match = /^\[([^\]]*)\](?::(\d*))?$/.exec(lower) ?? /^([^:]*)(?::(\d*))?$/.exec(lower);
  if (!match) return { name: lower };
  return { name: match[1], port: match[2] || undefined };
}

/**
 * Names that reach this server on its own port: loopback, the bound address and, when bound to
 * every interface, the machine's own addresses (an IP address cannot be rebound by an attacker).
 */
function ownNames(host: string): Set<string> {
  const names = new Set(["localhost", "127.0.0.1", "::1", splitHost(host).name]);
  if (WILDCARDS.has(host)) {
    for (const addresses of Object.values(networkInterfaces())) for (const a of addresses ?? []) names.add(a.address.toLowerCase());
  }
  return names;
}

/**
 * A page of evil.example whose DNS answer turns to 127.0.0.1 reaches the server as same-origin:
 * only the Host header still says `evil.example`, so every request, viewer files included, is
 * checked here first.
 */
export function hostCheck(options: HostCheckOptions): RequestHandler {
  const own = ownNames(options.host);
  const extra = options.allowedHosts.map(splitHost);
  return (req, _res, next) => {
    const header = req.headers.host;
    if (!header) return next(new ForbiddenError("host check: the request has no Host header"));
    const { name, port } = splitHost(header);
    const onOwnPort = port === undefined || port === String(req.socket.localPort);
    const allowed = (own.has(name) && onOwnPort) || extra.some((e) => e.name === name && (e.port === undefined || e.port === port));
    if (allowed) return next();
    next(new ForbiddenError(`host check: "${header}" is not a name this server answers to; start it with --allowed-host NAME to add one`));
  };
}
