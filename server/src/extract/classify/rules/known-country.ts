/** Names in the country gazetteer: the country, or a state organ named with it ("the U.S. government") and the country. */
import type { TypeRule } from "../../rule-types.js";
import { lookupCountry } from "../../country-gazetteer.js";
import { GROUP_NOUNS } from "../../lexicon/index.js";
import { cleanLabel } from "../../clean-label.js";
import { groupAfter } from "../context-cues.js";
import { span, surfaceOf } from "../range.js";

/** "the government of Iraq" is the Government of Iraq, however it is capitalized. */
export const countryOrganBefore: TypeRule = {
  id: "country-organ-before",
  example: "Aid went to the government of Iraq.",
  apply: ({ a, b, label }, ctx) => {
    const country = lookupCountry(label);
    const of = ctx.terms[a - 1];
    const head = ctx.terms[a - 2];
    if (!country || of?.text !== "of" || !head || !GROUP_NOUNS.has(head.text) || head.sentence !== ctx.terms[a].sentence) return undefined;
    const organ = head.text[0].toUpperCase() + head.text.slice(1);
    return [{ ...span(ctx, a, b, "organization", `${organ} of ${country}`), start: head.start }, span(ctx, a, b, "country", country)];
  },
};

/** "the U.S. government", "United States armed forces": the state's organ, and the country. */
export const countryOrganAfter: TypeRule = {
  id: "country-organ-after",
  example: "The U.S. government replied.",
  apply: ({ a, b, label }, ctx) => {
    const country = lookupCountry(label);
    const group = country ? groupAfter(ctx, b) : b;
    if (!country || group === b) return undefined;
    return [span(ctx, a, group, "organization", cleanLabel(surfaceOf(ctx, a, group))), span(ctx, a, b, "country", country)];
  },
};

/** A name of the gazetteer, its common, official or alternative name ("Russia", "Britain", "U.K."). */
export const knownCountry: TypeRule = {
  id: "known-country",
  example: "Russia and China signed a deal.",
  apply: ({ a, b, label }, ctx) => {
    const country = lookupCountry(label);
    return country ? [span(ctx, a, b, "country", country)] : undefined;
  },
};
