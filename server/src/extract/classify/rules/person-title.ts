/** Titles before a name: "President Vladimir Putin" is the person Vladimir Putin, and the title a mention of him too. */
import type { TypeRule } from "../../rule-types.js";
import { lookupCountry } from "../../country-gazetteer.js";
import { cleanPersonName } from "../../clean-label.js";
import { NAME_CONNECTORS, ORG_HEADS, TITLE_HEADS } from "../../lexicon/index.js";
import { isPersonTagged, lowerWord } from "../../term-shape.js";
import { span, surfaceOf } from "../range.js";
import { isNominalRole, nameAfterTitle, roleKey } from "../title.js";

/**
 * A title, then the name it introduces (the title is no part of the name); a title alone is a role
 * ("the Foreign Secretary"), resolved later to its holder. Words before the title are typed alone
 * ("U.S." in "U.S. President Joe Biden"). Not an organization named with a title: "Office of the
 * President", "Prime Minister's Office" (but "Army Lt. Gen. Stephen Townsend" is a person).
 */
export const personTitle: TypeRule = {
  id: "person-title",
  example: "President Vladimir Putin spoke.",
  apply: ({ a, b, headline }, ctx) => {
    const { terms } = ctx;
    const first = lowerWord(terms[a]);
    const last = lowerWord(terms[b]);
    const headOf = ORG_HEADS.has(first) && !TITLE_HEADS.has(first) && b > a && NAME_CONNECTORS.has(terms[a + 1].text);
    const headLast = ORG_HEADS.has(last) && !TITLE_HEADS.has(last) && !isPersonTagged(terms[b]);
    const titled = headOf || headLast ? null : nameAfterTitle(ctx, a, b);
    if (!titled) return undefined;
    const [ts, te] = titled.title;
    const prefix = ts > a ? ctx.classify(a, ts - 1, headline) : [];
    const role = roleKey(ctx, ts, te);
    if (!titled.name) return [...prefix, span(ctx, ts, b, "role", role)];
    const [ns, ne] = titled.name;
    // "Major League Baseball", "General Motors Company": a head word in the name makes the whole an organization's.
    if (terms.slice(ns, ne + 1).some((t) => ORG_HEADS.has(lowerWord(t)) && !TITLE_HEADS.has(lowerWord(t)) && !isPersonTagged(t))) return undefined;
    const name = cleanPersonName(surfaceOf(ctx, ns, ne));
    const country = lookupCountry(name);
    if (country) return [...prefix, span(ctx, ns, ne, "country", country)];
    // The title is itself a (nominal) mention of the person it introduces; "Mr." and the like are not.
    const title = isNominalRole(role) ? [span(ctx, ts, ns - 1, "role", role)] : [];
    return [...prefix, ...title, span(ctx, ns, ne, "person", name, role)];
  },
};
