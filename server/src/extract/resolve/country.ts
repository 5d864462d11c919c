/** Countries need no resolution: the gazetteer already gave their canonical name ("Russian" -> Russia). */
import type { ResolveRule } from "../rule-types.js";

export const country: ResolveRule = {
  id: "country",
  example: "Russian troops entered Ukraine.",
  apply: ({ span }) => (span.kind === "country" ? { type: "country", label: span.label } : undefined),
};
