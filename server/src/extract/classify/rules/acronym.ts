/** Acronyms: organizations ("ISIL", "the Kurdish YPG"), unless acronyms of things ("IED", "DVD") or ordinary words in capitals ("SEE ALSO"). */
import type { TypeRule } from "../../rule-types.js";
import { isLexiconCommonWord, isLexiconOrganization, isLexiconPersonName, isShoutedWord } from "../../compromise-lexicon.js";
import { lookupCountry } from "../../country-gazetteer.js";
import { initialsOf } from "../../name-keys.js";
import { cleanLabel } from "../../clean-label.js";
import { KNOWN_ACRONYMS, NAME_CONNECTORS, POST_NOMINALS, THING_ACRONYMS } from "../../lexicon/index.js";
import { bareEnd, bareText, hyphenatedToNext, isAcronym, lowerWord } from "../../term-shape.js";
import { span, surfaceOf } from "../range.js";
import type { Term } from "../../parse-terms.js";

/**
 * "Syrian Arab Red Crescent (SARC)", "Free Syrian Army (FSA)": a name whose initials spell the acronym in
 * parentheses after it is one organization, whatever its words would say one by one. Read on the whole
 * candidate, before any other rule trims or splits it.
 */
export const acronymSpelled: TypeRule = {
  id: "acronym-spelled",
  example: "The Syrian Arab Red Crescent (SARC) helped.",
  apply: ({ a, b }, ctx) => {
    const { terms, text } = ctx;
    if (b <= a || terms.slice(a, b + 1).some((t) => t.tags.has("FirstName"))) return undefined;
    const acronym = /^\s*\(\s*(\p{Lu}{2,})\s*\)/u.exec(text.slice(bareEnd(terms[b]), bareEnd(terms[b]) + 16))?.[1];
    if (!acronym) return undefined;
    const surface = surfaceOf(ctx, a, b);
    return initialsOf(surface) === acronym ? [span(ctx, a, b, "organization", cleanLabel(surface))] : undefined;
  },
};

/** "PCs", "DVDs": the plural of a thing's acronym, which `isAcronym` does not read for its lowercase "s". */
const THING_PLURAL = /^(\p{Lu}{2,})s$/u;

/** A lone acronym of a thing, a unit or a time ("an IED", "575 B.C.", "MPs", "PCs"), with a digit ("F16"), or an ordinary word shouted ("SEE"). */
export const thingAcronym: TypeRule = {
  id: "thing-acronym",
  example: "An IED exploded.",
  apply: ({ a, b, label }, ctx) => {
    const t = ctx.terms[a];
    if (a !== b) return undefined;
    // The list holds singulars ("pc") and the plurals that name people ("mps": "MPs said", not "MP said").
    const plural = THING_PLURAL.exec(bareText(t))?.[1]?.toLowerCase();
    if (plural && (THING_ACRONYMS.has(plural) || THING_ACRONYMS.has(`${plural}s`))) return [];
    if (!isAcronym(t)) return undefined;
    return /\d/.test(t.text) || THING_ACRONYMS.has(lowerWord(t).replace(/\./g, "")) || isShoutedWord(label) ? [] : undefined;
  },
};

/** A word in capitals that may be a surname: letters only, no listed acronym, body or country, no ordinary word. */
function mayBeShoutedSurname(t: Term): boolean {
  const lower = t.text.toLowerCase();
  return /^\p{Lu}{3,}$/u.test(t.text) && !KNOWN_ACRONYMS.has(lower) && !isLexiconOrganization(lower) && !isLexiconCommonWord(lower) && !lookupCountry(t.text);
}

/** The indexes of the list of such words that holds term `i`, joined by commas and "and" ("SOUTER, GINSBURG, and BREYER"). */
function shoutedList(terms: Term[], i: number): number[] {
  // The index of the list's next item after term k, if the glue after k is ", ", " and " or ", and ".
  const after = (k: number): number => {
    const t = terms[k];
    const n = terms[k + 1];
    if (!n || n.sentence !== t.sentence) return -1;
    if (n.text === "and") return /^,?\s+$/.test(t.post) && terms[k + 2]?.sentence === t.sentence ? k + 2 : -1;
    return /^,\s+$/.test(t.post) ? k + 1 : -1;
  };
  const items = [i];
  for (let k = i, n = after(k); n >= 0 && mayBeShoutedSurname(terms[n]); k = n, n = after(k)) items.push(n);
  for (let k = i; ; ) {
    const p = [k - 1, k - 2].find((j) => j >= 0 && after(j) === k);
    if (p === undefined || !mayBeShoutedSurname(terms[p])) break;
    items.unshift((k = p));
  }
  return items;
}

/**
 * "in which KENNEDY, SOUTER, GINSBURG, and BREYER joined": a list of surnames in capitals, as court and
 * credits print them, where compromise knows one of them as a person's name, is a list of people. Not
 * one before a noun it qualifies: "the ISAP, ILPAP and ETHEL companies".
 */
export const shoutedSurnames: TypeRule = {
  id: "shouted-surnames",
  example: "In which KENNEDY, SOUTER, GINSBURG, and BREYER joined.",
  apply: ({ a, b, label }, ctx) => {
    const { terms } = ctx;
    if (a !== b || !mayBeShoutedSurname(terms[a])) return undefined;
    const list = shoutedList(terms, a);
    if (list.length < 2 || !list.some((k) => isLexiconPersonName(terms[k].text.toLowerCase()))) return undefined;
    const last = terms[list[list.length - 1]];
    const next = terms[list[list.length - 1] + 1];
    const qualifies = next?.sentence === last.sentence && /^\s+$/.test(last.post) && next.tags.has("Noun") && !next.tags.has("Verb");
    return qualifies ? undefined : [span(ctx, a, b, "person", label)];
  },
};

/** Any other lone acronym names an organization ("ISIL", "NATO"). */
export const acronymOrganization: TypeRule = {
  id: "acronym-organization",
  example: "Strikes hit ISIL positions.",
  apply: ({ a, b, label }, ctx) => (a === b && isAcronym(ctx.terms[a]) ? [span(ctx, a, b, "organization", label)] : undefined),
};

/**
 * "the Kurdish YPG", "Syrian Arab SDF": words with no cue before an acronym qualify it; the acronym is the name,
 * typed alone. Not a Roman numeral ("Charles H. Keating IV", "World War II") nor letters after a name ("MP").
 */
export const qualifiedAcronym: TypeRule = {
  id: "qualified-acronym",
  example: "They armed the Kurdish YPG.",
  apply: ({ a, b, headline }, ctx) => {
    const { terms } = ctx;
    const last = terms[b];
    if (b === a || !isAcronym(last) || hyphenatedToNext(terms[b - 1]) || /\d|^[IVXL]+$/.test(last.text) || POST_NOMINALS.has(lowerWord(last))) return undefined;
    if (terms.slice(a, b).some((t) => isAcronym(t) || t.tags.has("Organization"))) return undefined;
    return [...ctx.classify(a, b - 1, headline), ...ctx.classify(b, b, headline)];
  },
};

/**
 * A run of acronyms ("CJTF OIR", "U.S. CENTCOM"): one organization. Not a shouted phrase, where some word
 * is an ordinary word in capitals ("KEEP UP THE GOOD WORK", "AMAZING JOB", "STILL IN DRAFT FORM").
 */
export const acronymRun: TypeRule = {
  id: "acronym-run",
  example: "A statement by CJTF OIR followed.",
  apply: ({ a, b, label }, ctx) => {
    const range = ctx.terms.slice(a, b + 1);
    const acronyms = range.filter(isAcronym).length;
    if (acronyms < 2 || !range.every((t) => NAME_CONNECTORS.has(t.text) || isAcronym(t))) return undefined;
    return range.some((t) => isShoutedWord(bareText(t))) ? undefined : [span(ctx, a, b, "organization", label)];
  },
};
