/** Errors of the evaluation harness. */

/** The evaluation data is missing or malformed. */
export class DatasetError extends Error {
  override name = "DatasetError";
}
