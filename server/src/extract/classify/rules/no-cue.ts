/** The end of the list: a run no rule typed is dropped in a headline and otherwise kept as unknown, for resolution to match. */
import type { TypeRule } from "../../rule-types.js";
import { span } from "../range.js";

/** In a title-case line capitals say nothing: a run with no cue is no name ("Talks Resume In Geneva"). */
export const headlineWord: TypeRule = {
  id: "headline-word",
  example: "Oil Prices Climb As Traders Wait",
  apply: ({ headline }) => (headline ? [] : undefined),
};

/**
 * No cue: kept as unknown, so resolution can still match it to a known name or acronym ("Votel" after
 * "Gen. Joseph L. Votel"). Reading 2-3 word unknowns as persons was tried: person precision fell from 0.98 to 0.89 on re3d-dev.
 */
export const unknownName: TypeRule = {
  id: "unknown",
  example: "The deal went to Acme Quorb on Friday.",
  apply: ({ a, b, label }, ctx) => [span(ctx, a, b, "unknown", label)],
};
