/** Reads the inputs, builds the graph and starts listening. */
import type { AddressInfo } from "node:net";
import { resolveServerConfig, type ServerConfig } from "../config.js";
import { buildGraphFromInputs, type BuildSummary } from "../pipeline.js";
import { createApp } from "./create-app.js";
import { createGraphContext } from "./graph-context.js";

export interface RunningServer {
  url: string;
  summary: BuildSummary;
  close(): Promise<void>;
}

/** Starts entente's HTTP server; `port: 0` picks a free port. */
export async function startServer(options: Partial<ServerConfig> = {}): Promise<RunningServer> {
  const config = resolveServerConfig(options);
  const { graph, summary } = buildGraphFromInputs(config.inputs);
  const app = createApp(createGraphContext(graph, config.inputs), { clientDir: config.clientDir });
  const server = await new Promise<import("node:http").Server>((resolve, reject) => {
    const s = app.listen(config.port, config.host, () => resolve(s));
    s.once("error", reject);
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${config.host}:${port}`,
    summary,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((err) => (err ? reject(err) : resolve()));
      }),
  };
}
