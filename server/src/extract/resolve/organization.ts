/** Organizations: an acronym to its long name, a company name that is the surname of someone in the document, or the name itself. */
import type { ResolveRule } from "../rule-types.js";
import { looksLikeAcronym } from "../name-keys.js";
import { longFormOf } from "./acronyms.js";
import { fullNameFor } from "./names.js";

/** "The SDF advanced" after "Syrian Democratic Forces (SDF)": the long name. */
export const organizationLongForm: ResolveRule = {
  id: "organization-long-form",
  example: "U.S. forces advise the Syrian Democratic Forces (SDF). The SDF advanced.",
  apply: ({ span }, ctx) => (span.kind === "organization" ? longFormOf(ctx, span.label) : undefined),
};

/** "Ford said" after "Harrison Ford": a one-word company name that is the surname of someone in this document. */
export const organizationSurname: ResolveRule = {
  id: "organization-surname",
  example: "Harrison Ford starred. Ford said he was pleased.",
  apply: ({ span }, ctx) => {
    if (span.kind !== "organization" || !ctx.options.resolveWithinDocument || looksLikeAcronym(span.label)) return undefined;
    const full = fullNameFor(span.label, ctx.own.persons);
    return full ? { type: "person", label: full } : undefined;
  },
};

/** Any other organization is named by its label. */
export const organization: ResolveRule = {
  id: "organization",
  example: "The Ministry of Defence said so.",
  apply: ({ span }) => (span.kind === "organization" ? { type: "organization", label: span.label } : undefined),
};
