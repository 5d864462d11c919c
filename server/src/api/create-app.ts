/** The express application: API routes, the built viewer, JSON errors. */
import { existsSync } from "node:fs";
import express, { type Express } from "express";
import { errorHandler, unknownRoute } from "./errors.js";
import type { ApiContext } from "./graph-context.js";
import { CURATION_KINDS, curateRoute, exportCurationRoute, importCurationRoute, undoRoute } from "./routes/curation.js";
import { addDocumentsRoute, deleteDocumentRoute, documentFacetsRoute, documentRoute, listDocumentsRoute } from "./routes/documents.js";
import { entityRoute, searchEntitiesRoute } from "./routes/entities.js";
import { evidenceRoute } from "./routes/evidence.js";
import { exportGexfRoute, exportTableRoute, TABLE_FORMAT_NAMES } from "./routes/export.js";
import { addFilesRoute } from "./routes/files.js";
import { graphRoute } from "./routes/graph.js";
import { neighborsRoute } from "./routes/neighbors.js";
import { openApiRoute } from "./routes/openapi.js";
import { pathRoute } from "./routes/path.js";
import { statusRoute } from "./routes/status.js";
import { answerOtherMethods, apiGuards, appGuards, type AccessOptions } from "./security/index.js";

export interface AppOptions extends AccessOptions {
  /** Folder of the built viewer; not served when absent. */
  clientDir?: string;
  /** Largest accepted request body in bytes (413 above). */
  maxBodyBytes: number;
}

export function createApp(ctx: ApiContext, options: AppOptions): Express {
  const app = express();
  app.disable("x-powered-by");
  app.use(appGuards(options));

  const api = express.Router();
  // Every write body is JSON but for a plain-text article, which curl and scripts post as it is.
  api.use(apiGuards(options, { "POST /documents": ["text/plain"] }));
  api.use(express.json({ limit: options.maxBodyBytes }));
  api.use(express.text({ limit: options.maxBodyBytes, type: "text/plain" }));

  api.get("/status", statusRoute({ readOnly: options.readOnly ?? false, writesNeedToken: options.token !== undefined, readsNeedToken: options.tokenReads ?? false }));
  api.get("/graph", graphRoute(ctx));
  api.get("/entities", searchEntitiesRoute(ctx));
  api.get("/entities/:id", entityRoute(ctx));
  api.get("/entities/:id/neighbors", neighborsRoute(ctx));
  for (const kind of CURATION_KINDS) api.post(`/entities/:id/${kind}`, curateRoute(ctx, kind));
  api.get("/edges/:source/:target/evidence", evidenceRoute(ctx));
  api.get("/path", pathRoute(ctx));
  api.get("/export.gexf", exportGexfRoute(ctx));
  for (const format of TABLE_FORMAT_NAMES) api.get(`/export.${format}`, exportTableRoute(ctx, format));
  api.post("/documents", addDocumentsRoute(ctx));
  api.get("/documents", listDocumentsRoute(ctx));
  api.get("/documents/:id", documentRoute(ctx));
  // Not /documents/facets: a document may be named "facets" (its file facets.txt).
  api.get("/document-facets", documentFacetsRoute(ctx));
  api.delete("/documents/:id", deleteDocumentRoute(ctx));
  api.post("/files", addFilesRoute(ctx));
  api.get("/curation", exportCurationRoute(ctx));
  api.post("/curation/undo", undoRoute(ctx));
  api.post("/curation/import", importCurationRoute(ctx));
  api.get("/openapi.json", openApiRoute(options));
  answerOtherMethods(api);
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
