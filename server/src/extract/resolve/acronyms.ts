/** The acronyms of a document: defined in parentheses ("Syrian Democratic Forces (SDF)") or spelled by a long name's initials. */
import type { EntityType } from "../../types.js";
import type { Span } from "../spans.js";
import type { Named, ResolveContext } from "../rule-types.js";
import { acronymKey, initialsOf, looksLikeAcronym } from "../name-keys.js";

/** An acronym in parentheses right after a name: "(SDF)", "(U.N.)". */
export const ACRONYM_IN_PARENTHESES = /^\s*\(\s*([\p{Lu}][\p{Lu}\d&.-]+)\s*\)/u;

/** Acronyms defined in parentheses right after a name: "Syrian Democratic Forces (SDF)". */
export function acronymDefinitions(text: string, spans: Span[]): Map<string, Named> {
  const defs = new Map<string, Named>();
  for (const s of spans) {
    if (s.kind === "role" || s.kind === "country" || looksLikeAcronym(s.label)) continue;
    const m = ACRONYM_IN_PARENTHESES.exec(text.slice(s.end, s.end + 24));
    if (!m) continue;
    const type: EntityType = s.kind === "unknown" ? "organization" : s.kind;
    defs.set(acronymKey(m[1]), { type, label: s.label });
  }
  return defs;
}

/** Organizations by the initials of their long names, when one long name owns them; then the definitions, which win. */
export function orgInitials(spans: Span[], defs: Map<string, Named>): Map<string, Named> {
  const byInitials = new Map<string, Named | null>();
  for (const s of spans) {
    if (s.kind !== "organization" && !(s.kind === "unknown" && s.label.includes(" "))) continue;
    const key = initialsOf(s.label);
    if (!key) continue;
    const prior = byInitials.get(key);
    byInitials.set(key, prior === undefined || prior?.label === s.label ? { type: "organization", label: s.label } : null);
  }
  const out = new Map<string, Named>();
  for (const [k, v] of byInitials) if (v) out.set(k, v);
  for (const [k, v] of defs) out.set(k, v);
  return out;
}

/** The long name an acronym label stands for in this document ("SDF" -> Syrian Democratic Forces), if any. */
export function longFormOf(ctx: ResolveContext, label: string): Named | undefined {
  return looksLikeAcronym(label) ? ctx.acronyms.get(acronymKey(label)) : undefined;
}
