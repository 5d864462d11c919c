/**
 * What the tagger knows about a word besides its spelling: compromise's word list, folded into a few
 * coarse classes (a given name, a surname, a place, an organization, a demonym, a job noun, an ordinary
 * word), and the country gazetteer. Both ship with entente, so nothing is downloaded at run time.
 */
import nlp from "compromise";
import { lookupCountry } from "../index.js";

type Lexicon = Record<string, string | string[] | undefined>;
const LEXICON = (nlp as unknown as { model(): { one: { lexicon: Lexicon } } }).model().one.lexicon;

/** compromise's tags -> the tagger's coarse classes; a tag not listed here makes the word "common". */
const CLASSES: Record<string, string> = {
  FirstName: "given",
  MaleName: "given",
  FemaleName: "given",
  LastName: "surname",
  Person: "person",
  Honorific: "honorific",
  City: "place",
  Place: "place",
  Region: "place",
  Country: "place",
  Organization: "org",
  SportsTeam: "org",
  Demonym: "demonym",
  Actor: "job",
  Month: "date",
  WeekDay: "date",
};

const cache = new Map<string, readonly string[]>();

/** The coarse classes of a lowercase word in compromise's word list; empty for a word it does not list. */
export function lexiconClasses(lower: string): readonly string[] {
  let classes = cache.get(lower);
  if (classes) return classes;
  const raw = LEXICON[lower];
  const tags = raw === undefined ? [] : Array.isArray(raw) ? raw : [raw];
  classes = [...new Set(tags.map((t) => CLASSES[t] ?? "common"))];
  cache.set(lower, classes);
  return classes;
}

/** The longest country name (up to `maxWords` tokens) starting at each token: its length in tokens, or 0. */
export function countryRuns(words: readonly string[], maxWords: number): number[] {
  const runs = new Array<number>(words.length).fill(0);
  for (let i = 0; i < words.length; i++) {
    if (!/^\p{Lu}/u.test(words[i])) continue;
    for (let n = Math.min(maxWords, words.length - i); n >= 1; n--) {
      if (lookupCountry(words.slice(i, i + n).join(" "))) {
        runs[i] = n;
        break;
      }
    }
  }
  return runs;
}
