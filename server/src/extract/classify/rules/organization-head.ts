/** Organizations by their head word ("Syrian Democratic Forces", "Ministry of Defence", "Jabhat al-Nusra") or a firm's ampersand or suffix ("Holland & Hart"), and what is no part of the name. */
import type { TypeRule } from "../../rule-types.js";
import { ARABIC_ORG_HEADS, CORPORATE_SUFFIXES, DOCUMENT_NOUNS, GENERIC_HEADS, ORG_HEADS, TITLE_HEADS, VERDICT_WORDS } from "../../lexicon/index.js";
import { lowerWord } from "../../term-shape.js";
import { ofHead } from "../context-cues.js";
import { isWordPrefix, span } from "../range.js";

/** "UN Security Council Resolution 2254": the council, not its resolution. */
export const documentNoun: TypeRule = {
  id: "document-noun",
  example: "They cited UN Security Council Resolution 2254 again.",
  apply: ({ a, b, headline }, ctx) => {
    const { terms } = ctx;
    return b > a && DOCUMENT_NOUNS.has(lowerWord(terms[b])) && ORG_HEADS.has(lowerWord(terms[b - 1])) ? ctx.classify(a, b - 1, headline) : undefined;
  },
};

/** Arabic organization names by their first word: "Jabhat al-Nusra", "Ahrar al-Sham", "Hay'at Tahrir al-Sham". */
export const arabicOrgHead: TypeRule = {
  id: "arabic-org-head",
  example: "Jabhat al-Nusra claimed the attack.",
  apply: ({ a, b, label }, ctx) => (b > a && ARABIC_ORG_HEADS.has(lowerWord(ctx.terms[a]).replace(/’/g, "'")) ? [span(ctx, a, b, "organization", label)] : undefined),
};

/**
 * A head word last ("Syrian Democratic Forces", "507th Air Refueling Wing", "First Choice Foods") or before
 * "of"/"for"/"on" ("Ministry of Defence", "Council on Foreign Relations"), or alone outside a headline ("the Army");
 * alone, a generic head names nothing and is dropped ("the Cabinet met").
 */
export const organizationHead: TypeRule = {
  id: "organization-head",
  example: "The Syrian Democratic Forces advanced.",
  apply: ({ a, b, headline, label }, ctx) => {
    const first = lowerWord(ctx.terms[a]);
    if (b === a && GENERIC_HEADS.has(first)) return [];
    const headAlone = b === a && !headline && ORG_HEADS.has(first) && !TITLE_HEADS.has(first) && !isWordPrefix(ctx, a);
    const headed = (b > a && ORG_HEADS.has(lowerWord(ctx.terms[b]))) || ofHead(ctx, a, b) >= 0 || headAlone;
    return headed ? [span(ctx, a, b, "organization", label)] : undefined;
  },
};

/**
 * "Holland & Hart", "Michael L. Beatty & Associates", "CCNG, Inc.": an ampersand between names, or a company
 * suffix after a comma, makes a firm's name, whatever its parts would be alone (a country, a person); the
 * suffix stays out of the span, as a title stays out of a person's. Ampersands between countries ("US & UK")
 * were split off before (split-lists.ts).
 */
export const firmName: TypeRule = {
  id: "firm-name",
  example: "Send the invoices to Holland & Hart, LLP.",
  apply: ({ a, b, label }, ctx) => {
    const { terms } = ctx;
    const next = terms[b + 1];
    const suffixed = next?.sentence === terms[b].sentence && /^,\s+$/.test(terms[b].post) && CORPORATE_SUFFIXES.has(lowerWord(next));
    return suffixed || terms.slice(a + 1, b).some((t) => t.text === "&") ? [span(ctx, a, b, "organization", label)] : undefined;
  },
};

/** "Inc." alone is the suffix of the firm named before it ("CCNG, Inc."), no organization of its own. */
export const bareSuffix: TypeRule = {
  id: "bare-suffix",
  example: "The agreements went to CCNG, Inc. on Monday.",
  apply: ({ a, b }, { terms }) => (a === b && CORPORATE_SUFFIXES.has(lowerWord(terms[a])) ? [] : undefined),
};

/** "Great Service", "Worst School": a word of praise or blame before a head word grades a service in a review; it names none. */
export const verdictHead: TypeRule = {
  id: "verdict-head",
  example: "Great Service and hairstyles that last.",
  apply: ({ a, b }, { terms }) => (b > a && ORG_HEADS.has(lowerWord(terms[b])) && VERDICT_WORDS.has(lowerWord(terms[b - 1])) ? [] : undefined),
};
