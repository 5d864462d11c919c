/** Names of things that are no entity: events and competitions, awards, treaties and laws, products, works ("Davis Cup", "Oscar", "the PSP console", "the film Vera Drake"). */
import type { TypeRule } from "../../rule-types.js";
import { foldText } from "../../entity-id.js";
import { lookupCountry, lookupDemonym } from "../../country-gazetteer.js";
import { isLexiconOrganization } from "../../compromise-lexicon.js";
import { AGREEMENT_HEADS, AWARD_NAMES, COMPETITIONS, COMPETITION_LEAGUES, EVENT_HEADS, HOLIDAYS, NATIONS_COUNTS, PRODUCT_NOUNS, STORM_WORDS, WORK_KINDS, WORK_NOUNS } from "../../lexicon/index.js";
import { bareText, lowerWord } from "../../term-shape.js";
import { thing } from "../range.js";

/** The folded words of a label, without a leading "the". */
const wordsOf = (label: string): string[] => foldText(label).replace(/^the\s+/, "").split(/\s+/);

/** Two words that name a competition by their shape: "Six Nations", "Champions League", a country's "Australian Open" (not "Open University"). */
function isTwoWordCompetition([first, last]: string[]): boolean {
  if (last === "nations") return NATIONS_COUNTS.has(first);
  if (last === "league") return COMPETITION_LEAGUES.has(first);
  return last === "open" && (lookupCountry(first) !== undefined || lookupDemonym(first) !== undefined);
}

/** An event, a competition or an award by its name's last words ("Davis Cup", "Six Nations", "Champions League"), a storm ("Hurricane Katrina"), an award used bare ("an Oscar"), or a holiday ("over Christmas"). */
export const eventName: TypeRule = {
  id: "event-name",
  example: "Britain reached the Davis Cup final after the Six Nations ended.",
  apply: ({ a, b, label }, ctx) => {
    const words = wordsOf(label);
    const n = words.length;
    const whole = words.join(" ");
    const event =
      (n >= 2 && (EVENT_HEADS.has(words[n - 1]) || EVENT_HEADS.has(words.slice(-2).join(" ")))) ||
      COMPETITIONS.has(whole) ||
      AWARD_NAMES.has(whole) ||
      HOLIDAYS.has(whole) ||
      (n === 2 && isTwoWordCompetition(words)) ||
      // After a sponsor's name: "RBS Six Nations"; not "West Australian Football League", the league's body.
      (n === 3 && words[2] === "nations" && NATIONS_COUNTS.has(words[1])) ||
      (n >= 2 && STORM_WORDS.has(words[0]));
    return event ? [thing(ctx, a, b, label)] : undefined;
  },
};

/** A treaty, a law or a contract by its name's last word: "the Oslo Accords", "the Kyoto Protocol", "the Patriot Act". */
export const agreementName: TypeRule = {
  id: "agreement-name",
  example: "Both sides signed the Oslo Accords in 1993.",
  apply: ({ a, b, label }, ctx) => {
    const words = wordsOf(label);
    return words.length >= 2 && AGREEMENT_HEADS.has(words[words.length - 1]) ? [thing(ctx, a, b, label)] : undefined;
  },
};

/**
 * A product, by the noun after it, when an article or an owner comes before ("the PSP console", "Nintendo's DS
 * handheld"): not a maker compromise knows as a company ("Nokia handsets" name Nokia).
 */
export const productName: TypeRule = {
  id: "product-name",
  example: "Sony cut the price of the PSP console.",
  apply: ({ a, b, label }, ctx) => {
    const next = ctx.terms[b + 1];
    if (!next || next.sentence !== ctx.terms[b].sentence || !PRODUCT_NOUNS.has(lowerWord(next))) return undefined;
    if (a === b && !/^\p{Lu}+$/u.test(bareText(ctx.terms[a])) && isLexiconOrganization(bareText(ctx.terms[a]))) return undefined;
    const before = ctx.terms[a - 1];
    const introduced = before && (/^(the|a|an|its|their|new)$/i.test(before.text) || before.tags.has("Organization") || /['’]s$/.test(before.text));
    return introduced ? [thing(ctx, a, b, label)] : undefined;
  },
};

/** A work's title after the noun that introduces it ("the film Vera Drake", "BBC drama Bleak House"); a comma between breaks it ("the film, Jamie Foxx said"). */
export const workTitle: TypeRule = {
  id: "work-title",
  example: "Imelda Staunton stars in the film Vera Drake.",
  apply: ({ a, b, label }, ctx) => {
    const before = ctx.terms[a - 1];
    if (!before || before.sentence !== ctx.terms[a].sentence || before.post.trim() !== "" || !/^[a-z]/.test(before.text) || !WORK_NOUNS.has(lowerWord(before))) return undefined;
    // "they play Chelsea": the verb; "a single EU market": an adjective, and the name modifies the noun after it.
    if (before.tags.has("Verb") || before.tags.has("Adjective")) return undefined;
    const next = ctx.terms[b + 1];
    if (next && next.sentence === ctx.terms[b].sentence && /^[a-z]/.test(next.text) && next.tags.has("Noun")) return undefined;
    // An acronym after "show" or "movie" is more often a broadcaster or a maker than a title ("the movie NEC showed").
    if (/^[\p{Lu}\d]+$/u.test(label)) return undefined;
    return [thing(ctx, a, b, label)];
  },
};

/** A work's title of two words or more before the noun that says which kind of work it is: "the Lord of the Rings trilogy", "the Star Trek franchise". */
export const workKind: TypeRule = {
  id: "work-kind",
  example: "Jackson directed the Lord of the Rings trilogy.",
  apply: ({ a, b, label }, ctx) => {
    const next = ctx.terms[b + 1];
    if (b === a || !next || next.sentence !== ctx.terms[b].sentence || ctx.terms[b].post.trim() !== "" || !WORK_KINDS.has(lowerWord(next))) return undefined;
    const before = ctx.terms[a - 1];
    return before && /^(the|a|its|their|new)$/i.test(before.text) ? [thing(ctx, a, b, label)] : undefined;
  },
};
