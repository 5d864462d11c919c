/** People by compromise's name tags and by the words around them ("spokesman John Kirby", "X said", "the Asad regime"). */
import type { TypeContext, TypeRule } from "../../rule-types.js";
import { cleanPersonName } from "../../clean-label.js";
import { isLexiconCommonWord } from "../../compromise-lexicon.js";
import { RULER_NOUNS } from "../../lexicon/index.js";
import { bareText, isPersonTagged, isPossessive } from "../../term-shape.js";
import { followingNoun, hasPersonContext } from "../context-cues.js";
import { isPlaceTagged, span } from "../range.js";

/** A lone plural job noun ("Analysts said", "Officials") describes people without naming them. */
export const pluralJobNoun: TypeRule = {
  id: "plural-job-noun",
  example: "Analysts said the deal would fail.",
  apply: ({ a, b }, ctx) => {
    const t = ctx.terms[a];
    return a === b && t.tags.has("Actor") && t.tags.has("Plural") && !isPersonTagged(t) ? [] : undefined;
  },
};

/** compromise's person tags, unless one word it also tags as a place. One word only compromise calls a name ("Chelsea") is weak: it may be a club. */
export const personTagged: TypeRule = {
  id: "person-tagged",
  example: "Tony Blair left early.",
  apply: ({ a, b, label }, ctx) => {
    const range = ctx.terms.slice(a, b + 1);
    if (!range.some(isPersonTagged) || (a === b && range.some(isPlaceTagged))) return undefined;
    const person = span(ctx, a, b, "person", cleanPersonName(label));
    return [a === b ? { ...person, weak: true } : person];
  },
};

/** Whether the range is one ordinary word that no name list has as a first or last name ("Amnesty", "Orange"). */
function isInstitutionWord(ctx: TypeContext, a: number, b: number): boolean {
  const t = ctx.terms[a];
  return a === b && isLexiconCommonWord(bareText(t)) && !t.tags.has("LastName") && !t.tags.has("FirstName");
}

/**
 * "Amnesty said", "Orange said": a lone ordinary word that speaks is an institution, unless this document
 * names a person by it ("Gordon Brown" ... "Brown said"), which resolution checks.
 */
export const speakingInstitution: TypeRule = {
  id: "speaking-institution",
  example: "The charges are unfair, Amnesty said.",
  apply: ({ a, b, label }, ctx) => (hasPersonContext(ctx, a, b) && isInstitutionWord(ctx, a, b) ? [span(ctx, a, b, "organization", label)] : undefined),
};

/** A lowercase role noun before ("spokesman Kirby") or a verb of saying after ("Kirby said"): a person, weakly. */
export const personContext: TypeRule = {
  id: "person-context",
  example: "The deal is off, Zelenskyy said.",
  apply: ({ a, b, label }, ctx) => (hasPersonContext(ctx, a, b) ? [{ ...span(ctx, a, b, "person", cleanPersonName(label)), weak: true }] : undefined),
};

/** "the Asad regime": the regime is an organization, and Asad the person who leads it ("Assad’s brutal dictatorship": the person). */
export const rulerNoun: TypeRule = {
  id: "ruler-noun",
  example: "Aid was blocked by the Asad regime.",
  apply: ({ a, b, label }, ctx) => {
    const cue = followingNoun(ctx, b);
    if (!cue || !RULER_NOUNS.has(cue)) return undefined;
    const ruler = span(ctx, a, b, "person", label);
    const next = ctx.terms[b + 1];
    if (a === b && next?.text === cue && !isPossessive(ctx.terms[b])) return [{ ...span(ctx, a, b + 1, "organization", `${label} ${cue}`), end: next.end }, ruler];
    return [ruler];
  },
};
