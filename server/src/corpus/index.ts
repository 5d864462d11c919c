/** The live corpus: store + extraction workers + derived graph, kept in step. */
export { Corpus, type CorpusOptions, type IngestOptions, type IngestReport } from "./corpus.js";
export { ExtractPool } from "./extract-pool.js";
export { MergeCycleError } from "./errors.js";
