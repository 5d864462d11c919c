/** Organizations: an acronym to its long name, a company name or a word in capitals that is the surname of someone in the document, a last word to the one name it ends, or the name itself. */
import type { Named, ResolveContext, ResolveRule } from "../rule-types.js";
import type { Span } from "../spans.js";
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

/** The document's organization names of two words or more, by the key of their last word. */
export function orgEndings(spans: readonly Span[]): Map<string, Set<string>> {
  const endings = new Map<string, Set<string>>();
  for (const s of spans) {
    if (s.kind !== "organization") continue;
    const words = s.label.split(/\s+/);
    if (words.length < 2) continue;
    const key = orgKey(words[words.length - 1]);
    if (key) (endings.get(key) ?? endings.set(key, new Set()).get(key)!).add(s.label);
  }
  return endings;
}

/**
 * "Ferguson said United had been lucky" in a report that names Manchester United: a one-word organization
 * is the one organization of the document it ends. Not when two do ("Sheffield United" and "Manchester
 * United" in one report of their cup tie), and not an acronym, which the acronym rules resolve. An untyped
 * word is left to the rules for names: in WikiGold's manuals "Cable" after "X Cable" is a heading.
 */
export const organizationShortForm: ResolveRule = {
  id: "organization-short-form",
  example: "Manchester United lost at home. United boss Alex Ferguson was angry.",
  apply: ({ span }, ctx) => (span.kind === "organization" && ctx.options.resolveWithinDocument ? shortFormOf(ctx, span.label) : undefined),
};

/** The one longer organization of the document that a one-word organization name ends, if exactly one does. */
export function shortFormOf(ctx: ResolveContext, label: string): Named | undefined {
  if (/\s/.test(label) || looksLikeAcronym(label)) return undefined;
  const names = ctx.orgEndings.get(orgKey(label));
  return names?.size === 1 ? { type: "organization", label: [...names][0] } : undefined;
}

/** Any other organization is named by its label. */
export const organization: ResolveRule = {
  id: "organization",
  example: "The Ministry of Defence said so.",
  apply: ({ span }) => (span.kind === "organization" ? { type: "organization", label: span.label } : undefined),
};
