/**
 * What the tagger knows about a word besides its spelling: compromise's word list, folded into a few
 * coarse classes (a given name, a surname, a place, an organization, a demonym, a job noun, an ordinary
 * word), and the country gazetteer. Both ship with entente, so nothing is downloaded at run time.
 */
import { nlp } from "../compromise-nlp.js";
import { lookupCountry, mayStartCountryName } from "../index.js";
import { isCapitalized } from "./letter-case.js";
import { TAGGER_DEFAULTS } from "./options.js";

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

/** A run of tokens the gazetteer was asked about, and the longer runs that continue it. */
interface RunNode {
  country: boolean;
  /** Whether a longer run could be a name: "South" leads on to "South Africa", "Tony" to nothing. */
  extends: boolean;
  next: Map<string, RunNode> | undefined;
}

/**
 * The gazetteer's answers, remembered by the tokens of each run: a token text leads to the runs it
 * starts, so a run already asked about costs a few map lookups instead of joining its words again,
 * and a run that begins no name ends there ("Tony Blair said" asks about "Tony" alone).
 */
let runs = new Map<string, RunNode>();
let remembered = 0;

function runNode(level: Map<string, RunNode>, words: readonly string[], i: number, n: number): RunNode {
  let node = level.get(words[i + n - 1]);
  if (node === undefined) {
    const run = n === 1 ? words[i] : words.slice(i, i + n).join(" ");
    node = { country: Boolean(lookupCountry(run)), extends: mayStartCountryName(run), next: undefined };
    level.set(words[i + n - 1], node);
    remembered++;
  }
  return node;
}

/** The longest country name (up to `maxWords` tokens) starting at each token: its length in tokens, or 0. */
export function countryRuns(words: readonly string[], maxWords: number): number[] {
  if (remembered >= TAGGER_DEFAULTS.memoRuns) [runs, remembered] = [new Map(), 0];
  const out = new Array<number>(words.length).fill(0);
  for (let i = 0; i < words.length; i++) {
    if (!isCapitalized(words[i])) continue;
    let level = runs;
    for (let n = 1; n <= Math.min(maxWords, words.length - i); n++) {
      const node = runNode(level, words, i, n);
      if (node.country) out[i] = n;
      if (n === maxWords || !node.extends) break;
      level = node.next ??= new Map();
    }
  }
  return out;
}
