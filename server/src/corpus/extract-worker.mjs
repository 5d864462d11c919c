// Worker entry: registers tsx's CommonJS hook in this thread, then requires the TypeScript body.
// tsx's ESM hooks would load every module through a hooks thread of the worker's own (one more isolate
// per worker, about 0.7 s of CPU while the workers start, all of it competing with them when every core
// extracts); the CommonJS hook transforms in the worker's thread. The body and everything it imports have
// no top-level await, and the extraction is the same (a test compares a worker's result with the calling thread's).
import { createRequire } from "node:module";
import { register } from "tsx/cjs/api";

register();
createRequire(import.meta.url)("./extract-worker.ts");
