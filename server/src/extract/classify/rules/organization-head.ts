/** Organizations by their head word: "Syrian Democratic Forces", "Ministry of Defence", "Jabhat al-Nusra", and what is no part of the name. */
import type { TypeRule } from "../../rule-types.js";
import { ARABIC_ORG_HEADS, DOCUMENT_NOUNS, GENERIC_HEADS, ORG_HEADS, TITLE_HEADS } from "../../lexicon/index.js";
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

