/** Errors of the evaluation harness, each a kind of the shared hierarchy. */
import { InvalidInputError } from "../../errors.js";

/** The evaluation data is missing or malformed. */
export class DatasetError extends InvalidInputError {}
