/** compromise's `nlp`, loaded from the package's one-file build: the one compromise every step of extraction uses. */
import { createRequire } from "node:module";
import type compromise from "compromise";

/**
 * The package's `import` entry is its source tree (456 modules), its `require` entry the same version built
 * into one file. The extraction workers load entente through tsx's CommonJS hook (`corpus/extract-worker.mjs`),
 * which resolves "compromise" to the build; loading it here too gives the calling thread (`extract`, `eval`, a
 * pool of no workers) the very code the workers run, and in a fraction of the time: through tsx's ESM loader
 * the source tree took 0.56-0.62 s to load, the build 0.26-0.28 s. Tags are the same and parsing is as fast
 * (2,095 BBC articles, alternating in one process: 34.5 s and 34.9 s); tests/extract/compromise-parse.test.ts
 * compares this build's parse with the source tree's `nlp(text)`.
 */
export const nlp = createRequire(import.meta.url)("compromise") as typeof compromise;
