/** Errors of the live corpus, each a kind of the shared hierarchy. */
import { ConflictError } from "../errors.js";

/** A curation decision would make a merge cycle ("a into b" then "b into a"), which has no meaning. */
export class MergeCycleError extends ConflictError {}
