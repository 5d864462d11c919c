/** Titles before a name ("Foreign Secretary Boris Johnson"): where the title ends, whose name follows, and the folded role. */
import type { Term } from "../parse-terms.js";
import type { ClassifyContext } from "../rule-types.js";
import { lookupCountry, lookupDemonym } from "../country-gazetteer.js";
import { isLexiconCommonWord, isLexiconFirstName } from "../compromise-lexicon.js";
import { writtenLowercase } from "../lowercase-words.js";
import { NAME_CONNECTORS, NOMINAL_TITLES, POST_NOMINALS, TITLE_HEADS, TITLE_WORDS } from "../lexicon/index.js";
import { bareText, isPersonTagged, lowerWord } from "../term-shape.js";
import { isPlaceTagged } from "./range.js";

/** The terms of the title, and of the name after it (null when the title names no one). */
export interface Titled {
  title: [number, number];
  name: [number, number] | null;
}

/**
 * The last title word in [a, b], or -1. Not one after a part of a name, which is a surname ("Martin Luther King Jr.",
 * "Carole King", "Foreign Minister Julie Bishop"), nor letters after the name ("Julie Bishop MP").
 */
function lastTitleHead(terms: Term[], a: number, b: number): number {
  const surname = (i: number): boolean => i > a && (terms[i - 1].tags.has("FirstName") || terms[i - 1].tags.has("LastName")) && !TITLE_WORDS.has(lowerWord(terms[i - 1]));
  const postNominal = (i: number): boolean => i === b && i > a && POST_NOMINALS.has(lowerWord(terms[i])) && isPersonTagged(terms[i - 1]);
  let k = -1;
  for (let i = a; i <= b; i++) if (TITLE_HEADS.has(lowerWord(terms[i])) && !surname(i) && !postNominal(i)) k = i;
  return k;
}

/**
 * "Secretary of State John Kerry", "Minister for the Middle East Tobias Ellwood": after a connector, the name
 * is the last two terms, if they look like one.
 */
function nameAfterConnector(terms: Term[], titleStart: number, k: number, b: number): Titled {
  if (b - k === 3 && isPersonTagged(terms[b]) && !isPlaceTagged(terms[b])) return { title: [titleStart, b - 1], name: [b, b] }; // "Secretary of State Kerry"
  const from = Math.max(k + 2, b - 1);
  const last = terms.slice(from, b + 1);
  if (b - k < 4 || last.some((t) => NAME_CONNECTORS.has(t.text))) return { title: [titleStart, b], name: null };
  // compromise may read a first name as a place after "of State" ("Tony Blinken"); its word list knows better.
  const named = (t: Term): boolean => isPersonTagged(t) || isLexiconFirstName(bareText(t));
  if (!last.some(named) && last.some(isPlaceTagged)) return { title: [titleStart, b], name: null };
  return { title: [titleStart, from - 1], name: [from, b] };
}

/** The person's name after the last title in [a, b], or null when there is no title or it is no title ("the General Election"). */
export function nameAfterTitle(ctx: ClassifyContext, a: number, b: number): Titled | null {
  const { terms } = ctx;
  const k = lastTitleHead(terms, a, b);
  if (k < 0) return null;
  let titleStart = a;
  while (titleStart < k && !TITLE_WORDS.has(lowerWord(terms[titleStart])) && !lookupCountry(terms[titleStart].text) && !lookupDemonym(terms[titleStart].text)) titleStart++;
  // A peer is "Lord X of Y" ("Lord Falconer of Thoroton"); "Lord of the Rings", "Lord of War" are titles of works.
  if (lowerWord(terms[k]) === "lord" && k < b && terms[k + 1].text.toLowerCase() === "of") return null;
  if (k === b) return { title: [titleStart, k], name: null };
  // "the General Election", "Chief Constable": an ordinary word after the title word is no one's name.
  if (k + 1 === b && !isPersonTagged(terms[b]) && (isLexiconCommonWord(bareText(terms[b])) || writtenLowercase(ctx.text, bareText(terms[b])))) return null;
  if (!NAME_CONNECTORS.has(terms[k + 1].text)) return { title: [titleStart, k], name: [k + 1, b] };
  return nameAfterConnector(terms, titleStart, k, b);
}

/** The folded title a person was introduced with, without country prefixes ("UK Foreign Secretary" -> "foreign secretary"). */
export function roleKey(ctx: ClassifyContext, a: number, b: number): string {
  const words: string[] = [];
  for (let i = a; i <= b; i++) {
    const t = ctx.terms[i];
    if (lookupCountry(t.text) || lookupDemonym(t.text) || t.text.toLowerCase() === "the") continue;
    words.push(lowerWord(t));
  }
  return words.join(" ");
}

/** Courtesy titles only address a person; "Foreign Secretary", "President" describe one, and are a mention of them. */
export function isNominalRole(role: string): boolean {
  return role.split(" ").some((w) => NOMINAL_TITLES.has(w));
}
