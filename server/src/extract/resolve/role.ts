/** Roles ("the Foreign Secretary"): the person who holds them in this document, or, for a role no one is named with, the role itself. */
import type { Named, ResolveContext, ResolveRule } from "../rule-types.js";
import { PLURAL_TITLES } from "../lexicon/index.js";
import { fullNameFor } from "./names.js";

/** Records `holder` as the holder of `role` and names them, when roles are resolved at all. */
function heldBy(ctx: ResolveContext, role: string, holder: string): Named | null {
  ctx.roles.set(role, holder);
  return ctx.options.resolveRoles ? { type: "person", label: holder } : null;
}

/**
 * "Defense Secretary Ash Carter", "Minister for the Middle East, Tobias Ellwood, said": the name that follows holds the role.
 * Spans nested in the title ("U.S." in "U.S. President Joe Biden") are skipped.
 */
export const roleHolderAfter: ResolveRule = {
  id: "role-holder-after",
  example: "Defense Secretary Ash Carter flew in.",
  apply: ({ span, index }, ctx) => {
    if (span.kind !== "role") return undefined;
    let j = index + 1;
    while (j < ctx.spans.length && ctx.spans[j].start < span.end) j++;
    const next = ctx.spans[j];
    if (next?.kind !== "person" || !/^\.?\s*(?:,\s*)?(the\s+)?$/i.test(ctx.text.slice(span.end, next.start))) return undefined;
    next.role ??= span.label;
    return heldBy(ctx, span.label, fullNameFor(next.label, ctx.own.persons) ?? next.label);
  },
};

/**
 * "Li Chenggang, Permanent Representative of China": an appositive role after a comma holds the name before it,
 * past a one-word modifier of the role ("Permanent") that stands between as a span of its own.
 */
export const roleAppositive: ResolveRule = {
  id: "role-appositive",
  example: "Interview with Li Chenggang, Permanent Representative of China to the WTO.",
  apply: ({ span, index }, ctx) => {
    if (span.kind !== "role") return undefined;
    const { spans, text } = ctx;
    let k = index - 1;
    while (k >= 0 && spans[k].end > span.start) k--;
    let from = span.start;
    const modifier = spans[k];
    if (modifier?.kind === "unknown" && !/\s/.test(modifier.label) && /^\s+$/.test(text.slice(modifier.end, span.start))) {
      from = modifier.start;
      k--;
    }
    const prev = spans[k];
    if (prev?.kind !== "person" || !/^\s*,\s*$/.test(text.slice(prev.end, from))) return undefined;
    return heldBy(ctx, span.label, fullNameFor(prev.label, ctx.own.persons) ?? prev.label);
  },
};

/** The holder of the one role in `roles` whose title ends with `word`, if exactly one does. */
function onlyHolder(roles: Map<string, string>, word: string): string | undefined {
  const holders = new Set<string>();
  for (const [role, holder] of roles) if (role === word || role.endsWith(` ${word}`)) holders.add(holder);
  return holders.size === 1 ? [...holders][0] : undefined;
}

/** "the Foreign Secretary" after "Foreign Secretary Boris Johnson"; "the Secretary": the one role this document gave that title word to. */
export const roleKnownHolder: ResolveRule = {
  id: "role-known-holder",
  example: "Foreign Secretary Boris Johnson arrived. The Foreign Secretary said no.",
  apply: ({ span }, ctx) => {
    if (span.kind !== "role" || !ctx.options.resolveRoles) return undefined;
    const holder = ctx.roles.get(span.label) ?? (span.label.includes(" ") ? undefined : onlyHolder(ctx.roles, span.label));
    return holder ? { type: "person", label: holder } : undefined;
  },
};

/** "foreign secretary" -> "Foreign Secretary", "secretary of state" -> "Secretary of State". */
function roleLabel(role: string): string {
  return role
    .replace(/\s+(of|for|the|and)$/, "") // a role cut before its object ("Representative of") ends at its noun
    .replace(/\p{L}+/gu, (w) => (/^(of|for|the|and)$/.test(w) ? w : w[0].toUpperCase() + w.slice(1)));
}

/**
 * A role whose holder the document never names ("The Foreign Secretary said") stands for itself; not a
 * plural one ("Leaders meet"), which is no one person, nor a bare one-word title ("the King", "the MP"),
 * which names too many people to be one node across a corpus.
 */
export const roleSelf: ResolveRule = {
  id: "role-self",
  example: "The Foreign Secretary said no.",
  apply: ({ span }, ctx) => {
    if (span.kind !== "role" || !ctx.options.resolveRoles) return undefined;
    const words = span.label.split(" ");
    const named = words.length > 1 && !PLURAL_TITLES.has(words[words.length - 1]) && /^\p{Lu}/u.test(ctx.text.slice(span.start, span.end).replace(/^the\s+/i, ""));
    return named ? { type: "person", label: roleLabel(span.label) } : undefined;
  },
};

/** Any other role ("Leaders meet", "the King") is no mention. */
export const roleUnnamed: ResolveRule = {
  id: "role-unnamed",
  example: "Leaders meet in Samarkand.",
  apply: ({ span }) => (span.kind === "role" ? null : undefined),
};
