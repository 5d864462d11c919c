/** Organizations by what compromise knows of the name and by the words around it ("oil firm Yukos", "Chelsea boss Jose Mourinho", "Daesh fighters"). */
import type { TypeRule } from "../../rule-types.js";
import { isLexiconOrganization, readsAsOrdinaryWord, readsAsPlural } from "../../compromise-lexicon.js";
import { foldText } from "../../entity-id.js";
import { MEMBER_NOUNS, NEWS_AGENCIES } from "../../lexicon/index.js";
import { bareText, isPersonTagged, isPossessive } from "../../term-shape.js";
import { opensBusinessName } from "../../candidate-spans.js";
import { followingNoun, hasMemberAfter, hasOrgContext, inLineupBrackets } from "../context-cues.js";
import { isPeoplesAdjective, isPlaceTagged, isWordPrefix, span } from "../range.js";

/** compromise guesses Organization for any unknown capitalized word; only trust it on multi-word names ("Goldman Sachs"). */
export const taggedOrganization: TypeRule = {
  id: "tagged-organization",
  example: "He joined Goldman Sachs in 2001.",
  apply: ({ a, b, label }, ctx) => (b > a && ctx.terms.slice(a, b + 1).some((t) => t.tags.has("Organization")) ? [span(ctx, a, b, "organization", label)] : undefined),
};

/** compromise's own list of companies and bodies: "Google said" is the company, not a person. */
export const lexiconOrganization: TypeRule = {
  id: "lexicon-organization",
  example: "Google said profits rose.",
  apply: ({ a, b, label }, ctx) => (a === b && !isPersonTagged(ctx.terms[a]) && isLexiconOrganization(label) && !isWordPrefix(ctx, a) ? [span(ctx, a, b, "organization", label)] : undefined),
};

/** "McDonald's" is the company's own name, not a possessive. */
export const lexiconPossessive: TypeRule = {
  id: "lexicon-possessive",
  example: "Sales at McDonald's fell.",
  apply: ({ a, b }, ctx) => {
    const t = ctx.terms[a];
    if (a !== b || !isPossessive(t) || !isLexiconOrganization(t.text.replace(/['’]/g, ""))) return undefined;
    return [{ ...span(ctx, a, b, "organization", t.text.replace(/’/g, "'")), end: t.end }];
  },
};

/** "Ralph's Market", "Noonan's Liquor": a name's possessive opening a business's name (candidate-spans joins them). */
export const ownerBusiness: TypeRule = {
  id: "owner-business",
  example: "We shop at Ralph's Market on Sundays.",
  apply: ({ a, b, label }, ctx) => (b > a && opensBusinessName(ctx.terms[a], ctx.terms[a + 1]) ? [span(ctx, a, b, "organization", label)] : undefined),
};

/** "Chelsea boss Jose Mourinho", "Labour leader Tony Blair": a member's role and a person after the name. */
export const memberAfter: TypeRule = {
  id: "member-after",
  example: "Chelsea boss Jose Mourinho was fined.",
  apply: ({ a, b, label }, ctx) => (hasMemberAfter(ctx, b) ? [span(ctx, a, b, "organization", label)] : undefined),
};

/** A line-up's brackets hold each player's club ("O Barkley (Bath), J Lewsey (Wasps); C Hodgson (Sale Sharks)"). */
export const lineupClub: TypeRule = {
  id: "lineup-club",
  example: "England: O Barkley (Bath), J Lewsey (Wasps), C Hodgson (Sale Sharks).",
  apply: ({ a, b, label }, ctx) => (inLineupBrackets(ctx, a, b) ? [span(ctx, a, b, "organization", label)] : undefined),
};

/** Words before or after the name, or a hyphen suffix: "oil firm Yukos", "claimed by Daesh", "its Yugansk unit", "ISIL-held" (not a place). */
export const organizationContext: TypeRule = {
  id: "organization-context",
  example: "The attack was claimed by Daesh.",
  apply: ({ a, b, label }, ctx) => (hasOrgContext(ctx, a, b) && !ctx.terms.slice(a, b + 1).some(isPlaceTagged) ? [span(ctx, a, b, "organization", label)] : undefined),
};

/**
 * "Houthi rebels", "Daesh fighters" name a group; "Kurdish rebels" only describe some, a place's fighters
 * are no group, and one ordinary word before the noun says which members ("Later members", "Remain supporters").
 */
export const memberNoun: TypeRule = {
  id: "member-noun",
  example: "Houthi rebels fired missiles.",
  apply: ({ a, b, label }, ctx) => {
    const cue = followingNoun(ctx, b);
    if (!cue || !MEMBER_NOUNS.has(cue) || ctx.terms.slice(a, b + 1).some(isPlaceTagged)) return undefined;
    if (a === b && (isPeoplesAdjective(label) || readsAsOrdinaryWord(label))) return undefined;
    return [span(ctx, a, b, "organization", label)];
  },
};

/** A news agency by name ("Reuters", "Agence France-Presse"): the outlet, not the person "Michael Bloomberg" (two words, read by the person rules). */
export const newsAgency: TypeRule = {
  id: "news-agency",
  example: "The talks failed, Reuters reported.",
  apply: ({ a, b, label }, ctx) => {
    if (!NEWS_AGENCIES.has(foldText(label))) return undefined;
    // "AP" is also "a.p." and other things in lowercase text: only the capitalized forms.
    return /^\p{Lu}/u.test(ctx.terms[a].text) ? [span(ctx, a, b, "organization", label)] : undefined;
  },
};

/**
 * One word that "reported" or "reports" something is an outlet, not a person ("NDTV reported", "the Nikkei
 * reported"); not a plural capitalized because it opens the sentence ("Companies reported they expect ...").
 */
export const reportingOutlet: TypeRule = {
  id: "reporting-outlet",
  example: "The deal was signed, Nikkei reported.",
  apply: ({ a, b, label }, ctx) => {
    const next = ctx.terms[b + 1];
    if (a !== b || !next || next.sentence !== ctx.terms[b].sentence || !/^\s+$/.test(ctx.terms[b].post) || !/^report(ed|s)$/.test(next.text)) return undefined;
    if (ctx.terms[a - 1]?.sentence !== ctx.terms[a].sentence && readsAsPlural(bareText(ctx.terms[a]))) return undefined;
    return isPersonTagged(ctx.terms[a]) && ctx.terms[a].tags.has("FirstName") ? undefined : [span(ctx, a, b, "organization", label)];
  },
};
