/** Nationalities: a state's organs named by them ("Iraqi security forces"), and demonyms compromise knows but no gazetteer country has ("European"). */
import type { TypeRule } from "../../rule-types.js";
import { lookupCountry, lookupDemonym } from "../../country-gazetteer.js";
import { isLexiconDemonym } from "../../compromise-lexicon.js";
import { cleanLabel } from "../../clean-label.js";
import { PEOPLES_WORDS } from "../../lexicon/index.js";
import { bareText, lowerWord } from "../../term-shape.js";
import { groupAfter } from "../context-cues.js";
import { span, surfaceOf } from "../range.js";

/** "Iraqi security forces", "the Syrian regime", "U.S. forces": a state's organs, named by its country. */
export const demonymOrgan: TypeRule = {
  id: "demonym-organ",
  example: "They support Iraqi security forces.",
  apply: ({ a, b }, ctx) => {
    const word = ctx.terms[a].text;
    const group = a === b && (lookupDemonym(word) || lookupCountry(word)) ? groupAfter(ctx, b) : b;
    return group > b ? [span(ctx, a, group, "organization", cleanLabel(surfaceOf(ctx, a, group)))] : undefined;
  },
};

/** "the Kurdish YPG", "Arab Peshmerga": a nationality compromise knows before a name qualifies it ("European Union" has its head word and was read before). */
export const demonymQualifier: TypeRule = {
  id: "demonym-qualifier",
  example: "He met Asian Development chiefs.",
  apply: ({ a, b, headline }, ctx) => (b > a && isLexiconDemonym(bareText(ctx.terms[a])) ? ctx.classify(a + 1, b, headline) : undefined),
};

/** "European", "Welsh", "Asians": a nationality or region compromise knows, with no name of its own. */
export const lexiconDemonym: TypeRule = {
  id: "lexicon-demonym",
  example: "European leaders met.",
  apply: ({ a, b }, ctx) => (a === b && isLexiconDemonym(bareText(ctx.terms[a])) ? [] : undefined),
};

/** "Shiite", "Kurds", "Islamists" alone: a kind of people (PEOPLES_WORDS), no entity, whoever proposes it. */
export const peoplesWord: TypeRule = {
  id: "peoples-word",
  example: "Shiite clerics met the Kurds.",
  apply: ({ a, b }, ctx) => (a === b && PEOPLES_WORDS.has(lowerWord(ctx.terms[a]).replace(/’/g, "'")) ? [] : undefined),
};
