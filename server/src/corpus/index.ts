/** The live corpus: store + extraction workers + derived graph, kept in step. */
export { Corpus, type CorpusOptions, type IngestOptions, type IngestReport } from "./corpus.js";
export { ExtractPool, type ExtractPoolOptions } from "./extract-pool.js";
export { ExtractionFailedError, MergeCycleError } from "./errors.js";
