/** Errors of the live corpus, each a kind of the shared hierarchy. */
import { InvalidInputError } from "../errors.js";

/**
 * Curation decisions would make a merge cycle ("a into b" and "b into a"), which has no meaning.
 * Only an import can name one (live, a merged entity is gone and cannot be merged into), so it
 * is a fault of the file sent: 400, not a conflict with the stored state.
 */
export class MergeCycleError extends InvalidInputError {
  constructor(
    /** The ids around the cycle, the first repeated at the end. */
    readonly cycle: readonly string[],
  ) {
    super(`curation import: the merges form a cycle (${cycle.join(" -> ")}); nothing was imported`);
  }
}

/** A document could not be extracted within the limits: it ran past its time budget, or killed its worker. */
export class ExtractionFailedError extends InvalidInputError {}
