/** Places are no entity of the graph: names after "near", capital cities, places named for an industry, and what compromise tags as a place. */
import type { TypeRule } from "../../rule-types.js";
import { isCapitalCity } from "../../country-gazetteer.js";
import { foldText } from "../../entity-id.js";
import { INDUSTRY_PLACES, LEADING_PREPOSITIONS } from "../../lexicon/index.js";
import { lowerWord } from "../../term-shape.js";
import { isPlaceTagged } from "../range.js";

/** "near Ayn Isa", "outside Mosul": a place, whatever name compromise sees in it. */
export const placeAfterPreposition: TypeRule = {
  id: "place-after-preposition",
  example: "Strikes hit a unit near Ayn Isa.",
  apply: ({ a }, ctx) => {
    const before = ctx.terms[a - 1];
    const placed = before && before.sentence === ctx.terms[a].sentence && /^\s+$/.test(before.post) && LEADING_PREPOSITIONS.has(lowerWord(before));
    return placed ? [] : undefined;
  },
};

/** "Hollywood", "Wall Street": a place news names for its industry, no organization even with a cue ("Hollywood studios"). */
export const industryPlace: TypeRule = {
  id: "industry-place",
  example: "Hollywood studios backed the film.",
  apply: ({ label }) => (INDUSTRY_PLACES.has(foldText(label)) ? [] : undefined),
};

/** "Beijing", "Moscow": a capital city is no country (and no entity of the graph). */
export const capitalCity: TypeRule = {
  id: "capital-city",
  example: "Leaders met in Beijing.",
  apply: ({ label }) => (isCapitalCity(label) ? [] : undefined),
};

/** A name compromise tags as a place and no cue typed ("Texas", "Aleppo province"). */
export const placeTagged: TypeRule = {
  id: "place-tagged",
  example: "He lives in Texas now.",
  apply: ({ a, b }, ctx) => (ctx.terms.slice(a, b + 1).some(isPlaceTagged) ? [] : undefined),
};
