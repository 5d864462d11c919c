/** The API stage: express app and server. */
export { createApp, type AppOptions } from "./create-app.js";
export { startServer, type RunningServer } from "./start-server.js";
export type { ApiContext } from "./graph-context.js";
export { statusOf } from "./errors.js";
export { buildOpenApiDocument, type OpenApiDocument } from "./openapi/index.js";
