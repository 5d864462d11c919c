/** Evidence as the API answers it: each sentence with its document's title, outlet and date, read from the store in one query. */
import type { Evidence } from "../types.js";
import type { ApiContext } from "./graph-context.js";

/**
 * `evidence` with the title, outlet and date of each sentence's document. Added here, at answer
 * time, rather than kept on every edge of the graph (a document's title would be copied into each
 * of its thousands of evidence entries) or fetched by the client in a second round trip.
 */
export function withDocuments(ctx: ApiContext, evidence: readonly Evidence[]): Evidence[] {
  const labels = ctx.corpus.store.documentLabels(evidence.map((e) => e.document));
  return evidence.map((e) => ({ ...e, ...labels.get(e.document) }));
}
