/** The express application: API routes, the built viewer, JSON errors. */
import { existsSync } from "node:fs";
import express, { type Express } from "express";
import { errorHandler, unknownRoute } from "./errors.js";
import type { GraphContext } from "./graph-context.js";
import { entityRoute, searchEntitiesRoute } from "./routes/entities.js";
import { evidenceRoute } from "./routes/evidence.js";
import { exportGexfRoute } from "./routes/export.js";
import { graphRoute } from "./routes/graph.js";
import { neighborsRoute } from "./routes/neighbors.js";

export interface AppOptions {
  /** Folder of the built viewer; not served when absent. */
  clientDir?: string;
}

export function createApp(ctx: GraphContext, options: AppOptions = {}): Express {
  const app = express();
  app.disable("x-powered-by");

  const api = express.Router();
  api.get("/graph", graphRoute(ctx));
  api.get("/entities", searchEntitiesRoute(ctx));
  api.get("/entities/:id", entityRoute(ctx));
  api.get("/entities/:id/neighbors", neighborsRoute(ctx));
  api.get("/edges/:source/:target/evidence", evidenceRoute(ctx));
  api.get("/export.gexf", exportGexfRoute(ctx));
  api.use(unknownRoute);
  app.use("/api", api);

  if (options.clientDir && existsSync(options.clientDir)) {
    app.use(express.static(options.clientDir));
  } else {
    app.get("/", (_req, res) => {
      res.status(503).type("text/plain").send("The viewer is not built: run `npm run build`, then restart.");
    });
  }
  app.use(errorHandler);
  return app;
}
