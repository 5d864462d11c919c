/** Countries and nationalities inside a longer run: joined by hyphens ("Russia-Ukraine"), before a name ("Syrian Bashar al-Assad") or after one. */
import type { Term } from "../../parse-terms.js";
import type { TypeRule } from "../../rule-types.js";
import { lookupCountry, lookupDemonym } from "../../country-gazetteer.js";
import { COMBINING_FORMS } from "../../lexicon/index.js";
import { hyphenatedToNext, isPersonTagged, lowerWord } from "../../term-shape.js";
import { span, surfaceOf } from "../range.js";

/** The country a term names as a country, a demonym or a combining form ("Sino"). */
const countryOf = (t: Term): string | undefined => lookupCountry(t.text) ?? lookupDemonym(t.text) ?? COMBINING_FORMS.get(lowerWord(t));

/**
 * Hyphen-joined names of countries: "Russia-Ukraine war", "US-China talks", and adjective compounds
 * ("Sino-Russian", "Franco-German"), whose combining form names a country too; each side is typed alone.
 */
export const hyphenCountries: TypeRule = {
  id: "hyphen-countries",
  example: "The Russia-Ukraine war goes on.",
  apply: ({ a, b, headline }, ctx) => {
    const { terms } = ctx;
    for (let i = a; i < b; i++) {
      if (!hyphenatedToNext(terms[i]) || !countryOf(terms[i]) || !countryOf(terms[i + 1])) continue;
      const combining = COMBINING_FORMS.get(lowerWord(terms[i]));
      // A combining form is an adjective, like a demonym.
      const leftSpans = combining && i === a ? (ctx.demonymsAsCountries ? [span(ctx, a, a, "country", combining)] : []) : ctx.classify(a, i, headline);
      return [...leftSpans, ...ctx.classify(i + 1, b, headline)];
    }
    return undefined;
  },
};

/**
 * A country or nationality before another name: "Syrian Bashar al-Assad", "Kurdish YPG" (the rest typed alone).
 * Not a first name spelled like a country, before a surname: "Dominique Bussereau", "Jordan Henderson".
 */
export const leadingCountry: TypeRule = {
  id: "leading-country",
  example: "Russian Roman Abramovich bought Chelsea.",
  apply: ({ a, b, headline }, ctx) => {
    const { terms } = ctx;
    const demonym = lookupDemonym(terms[a].text);
    const givenName = b > a && terms[a].tags.has("FirstName") && isPersonTagged(terms[a + 1]) && !demonym;
    const leading = givenName ? undefined : (lookupCountry(terms[a].text) ?? demonym);
    if (!leading) return undefined;
    const rest = b > a ? ctx.classify(a + 1, b, headline) : [];
    if (demonym && !ctx.demonymsAsCountries) return rest;
    return [span(ctx, a, a, "country", leading), ...rest];
  },
};

/** "Air France", "Air India", "Air New Zealand": an airline named for its country, not the country. */
export const countryAirline: TypeRule = {
  id: "country-airline",
  example: "She flew Air France to Lagos.",
  apply: ({ a, b, label }, ctx) => (b > a && lowerWord(ctx.terms[a]) === "air" && lookupCountry(surfaceOf(ctx, a + 1, b)) ? [span(ctx, a, b, "organization", label)] : undefined),
};

/** "New Jersey", "New Mexico": a place named after the country, not the country. */
export const newPlace: TypeRule = {
  id: "new-place",
  example: "She moved to New Jersey last year.",
  apply: ({ a, b }, ctx) => (b === a + 1 && lowerWord(ctx.terms[a]) === "new" && lookupCountry(ctx.terms[b].text) ? [] : undefined),
};

/** A name, then a country: the country, after the name typed alone. "Michael Jordan" is a person; "Northern Ireland" was read whole before. */
export const trailingCountry: TypeRule = {
  id: "trailing-country",
  example: "He flew to Atlanta Georgia on Monday.",
  apply: ({ a, b, headline }, ctx) => {
    const { terms } = ctx;
    const trailing = lookupCountry(terms[b].text);
    const firstNamed = b === a + 1 && terms[a].tags.has("FirstName");
    if (!trailing || b === a || firstNamed) return undefined;
    return [...ctx.classify(a, b - 1, headline), span(ctx, b, b, "country", trailing)];
  },
};
