// Worker entry: tsx's TypeScript loader is registered per thread, so the worker
// registers it before importing the TypeScript body.
import { register } from "tsx/esm/api";

register();
await import("./extract-worker.ts");
