/** People: a short name to the full name of this document, a one-word "person" to the group named so elsewhere, and the role they were introduced with. */
import type { Span } from "../spans.js";
import type { Named, ResolveContext, ResolveRule } from "../rule-types.js";
import { orgKey } from "../known-names.js";
import { fullNameFor } from "./names.js";

/** A person with a title ("Foreign Secretary Boris Johnson") holds it: "the Foreign Secretary" later is them. */
function asHolder(ctx: ResolveContext, span: Span, label: string): Named {
  if (span.role) ctx.roles.set(span.role, label);
  return { type: "person", label };
}

/**
 * "Absa said" reads like a person, but the document calls it a group elsewhere ("bank Absa", "claimed by Da’esh").
 * A person typed only by "said" yields to a group typed by a firmer cue in any document ("oil firm Yukos").
 */
export const personAsGroup: ResolveRule = {
  id: "person-as-group",
  example: "South African bank Absa grew. In November, Absa said it was close to a deal.",
  apply: ({ span }, ctx) => {
    if (span.kind !== "person" || !ctx.options.resolveWithinDocument || span.role || /\s/.test(span.label)) return undefined;
    if (fullNameFor(span.label, ctx.own.persons)) return undefined;
    const groups = span.weak && ctx.corpus ? [ctx.own.orgs, ctx.corpus.orgs] : [ctx.own.orgs];
    const group = groups.map((g) => g.get(orgKey(span.label))).find(Boolean);
    return group ? { type: "organization", label: group } : undefined;
  },
};

/** "Mr Abbas", a bare "Abbas" after "Mahmoud Abbas": the one full name of this document it stands for. */
export const personFullName: ResolveRule = {
  id: "person-full-name",
  example: "Mahmoud Abbas arrived. Later Mr Abbas spoke.",
  apply: ({ span }, ctx) => {
    const full = span.kind === "person" && ctx.options.resolveWithinDocument ? fullNameFor(span.label, ctx.own.persons) : undefined;
    return full ? asHolder(ctx, span, full) : undefined;
  },
};

/** Any other person is named by their label. */
export const person: ResolveRule = {
  id: "person",
  example: "Tony Blair left early.",
  apply: ({ span }, ctx) => (span.kind === "person" ? asHolder(ctx, span, span.label) : undefined),
};
