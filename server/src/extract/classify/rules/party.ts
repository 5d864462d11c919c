/** Political parties under every form news gives them ("Tory", "the Tories", "Conservative Party"): one organization each. */
import type { TypeRule } from "../../rule-types.js";
import { foldText } from "../../entity-id.js";
import { LABOUR_NOUNS, PARTY_FORMS } from "../../lexicon/index.js";
import { bareEnd, lowerWord } from "../../term-shape.js";
import { span } from "../range.js";

/** The party a run of terms names, by its folded text ("Lib Dems" -> Liberal Democrats). */
const partyOf = (label: string): string | undefined => PARTY_FORMS.get(foldText(label).replace(/^the\s+/, ""));

/** A party's noun, plural or adjective, alone: the party, under its canonical name ("Tory leader", "the Tories"). */
export const partyForm: TypeRule = {
  id: "party-form",
  example: "The Tories said Labour had broken its promise.",
  apply: ({ a, b, label }, ctx) => {
    const party = partyOf(label);
    if (!party) return undefined;
    // "Labour costs rose": the word, at the start of a sentence.
    const next = ctx.terms[b + 1];
    if (party === "Labour Party" && next && next.sentence === ctx.terms[b].sentence && LABOUR_NOUNS.has(lowerWord(next))) return [];
    return [span(ctx, a, b, "organization", party)];
  },
};

/** A party adjective before a name: the party, then the name typed alone ("Tory Neil Hamilton", "Lib Dem Charles Kennedy"). */
export const leadingParty: TypeRule = {
  id: "leading-party",
  example: "Tory Neil Hamilton lost his seat.",
  apply: ({ a, b, headline }, ctx) => {
    for (const width of [2, 1]) {
      const last = a + width - 1;
      if (last >= b) continue;
      const party = partyOf(ctx.text.slice(ctx.terms[a].start, bareEnd(ctx.terms[last])));
      if (party) return [span(ctx, a, last, "organization", party), ...ctx.classify(last + 1, b, headline)];
    }
    return undefined;
  },
};
