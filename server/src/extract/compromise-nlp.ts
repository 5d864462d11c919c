/** compromise's `nlp`, loaded from the package's one-file build: the one instance every step of extraction uses. */
import { createRequire } from "node:module";
import type compromise from "compromise";

/**
 * The package's `import` entry is its source tree, 456 modules that each extraction worker resolves and
 * loads through tsx's loader at start; its `require` entry is the same version built into one file.
 * Measured with `ExtractPool`: the first result of one worker came after 1.04-1.11 s with the source tree,
 * 0.70-0.73 s with the build; of two workers starting together, 1.78-2.05 s and 0.90-1.16 s. Parsing is as fast
 * (2,095 BBC articles: 34.5 s and 34.9 s, alternating in one process), and the tags are the same
 * (tests/extract/compromise-parse.test.ts compares this build's parse with the source tree's `nlp(text)`).
 */
export const nlp = createRequire(import.meta.url)("compromise") as typeof compromise;
