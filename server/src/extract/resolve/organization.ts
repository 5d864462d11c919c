/** Organizations: an acronym to its long name, a company name or a word in capitals that is the surname of someone in the document, or the name itself. */
import type { ResolveRule } from "../rule-types.js";
import { looksLikeAcronym } from "../name-keys.js";
import { longFormOf } from "./acronyms.js";
import { fullNameFor } from "./names.js";
import { orgKey } from "../known-names.js";

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

/**
 * "SCALIA filed a dissent" in the document whose lists read "in which THOMAS and SCALIA joined": a word in
 * capitals typed an organization by its shape alone is the person this document names so (`shouted-surnames`).
 */
export const shoutedSurname: ResolveRule = {
  id: "shouted-surname",
  example: "Both opinions, in which THOMAS and SCALIA joined, were filed. SCALIA filed a dissent.",
  apply: ({ span }, ctx) => {
    if (span.kind !== "organization" || !ctx.options.resolveWithinDocument || !/^\p{Lu}{3,}$/u.test(span.label)) return undefined;
    return ctx.own.surnames.get(orgKey(span.label)) === span.label ? { type: "person", label: span.label } : undefined;
  },
};

/** Any other organization is named by its label. */
export const organization: ResolveRule = {
  id: "organization",
  example: "The Ministry of Defence said so.",
  apply: ({ span }) => (span.kind === "organization" ? { type: "organization", label: span.label } : undefined),
};
