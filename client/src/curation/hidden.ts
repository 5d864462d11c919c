/** The entities the decisions hide now: the review sheet lists them, each with its own Unhide. */
import type { CurationAction } from "../../../server/src/types";

/**
 * Ids hidden by `decisions` (in the order they were taken), oldest hide first: a hide adds its
 * id, an unhide takes it out, and a hide taken again moves the id to the end. The ids are those
 * the hides named, which is what the unhide route takes back.
 */
export function hiddenEntities(decisions: readonly CurationAction[]): string[] {
  const hidden = new Set<string>();
  for (const decision of decisions) {
    if (decision.kind === "hide") {
      hidden.delete(decision.entity);
      hidden.add(decision.entity);
    } else if (decision.kind === "unhide") {
      hidden.delete(decision.entity);
    }
  }
  return [...hidden];
}
