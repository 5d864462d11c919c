/**
 * Features of each token of a sentence, as strings: the word (lowercased), its shape, affixes, its
 * neighbours' words and shapes, whether it opens the sentence, and gazetteer and word-list classes.
 * The perceptron weighs each string once per label; the strings themselves are the model's keys.
 * The strings of one word and of one neighbour are defined once here (`wordFeatures`, `neighbourFeatures`,
 * `pairFeature`), so training (`sentenceFeatures`) and tagging (`./feature-rows.ts`) cannot drift apart.
 */
import type { Token } from "./tokenize.js";
import { countryRuns, lexiconClasses } from "./lexicon.js";
import { TAGGER_DEFAULTS } from "./options.js";
import { isCapitalized, isLowercased } from "./letter-case.js";

/** Shape of one code point by the Unicode classes: the path for letters and digits outside ASCII ("É", "ł", "٣"). */
function charShape(ch: string): string {
  return /\p{Lu}/u.test(ch) ? "X" : /\p{Ll}/u.test(ch) ? "x" : /\p{N}/u.test(ch) ? "d" : ch;
}

/** Shape of an ASCII char code: the same classes as `charShape` (A-Z are the only ASCII \p{Lu}, a-z \p{Ll}, 0-9 \p{N}). */
function asciiShape(code: number): string {
  if (code >= 65 && code <= 90) return "X";
  if (code >= 97 && code <= 122) return "x";
  if (code >= 48 && code <= 57) return "d";
  return String.fromCharCode(code);
}

const shapeMemo = new Map<string, string>();

/**
 * "Xx" for "Putin", "X" for "NATO", "X.X." for "U.S.", "d" for "2014", "x-Xx" for "al-Assad":
 * character classes with repeats collapsed, so every capitalized word shares one shape.
 * ASCII characters skip the Unicode regexes (three per character made this 0.5 s of 2 s of tagging).
 */
export function wordShape(word: string): string {
  const known = shapeMemo.get(word);
  if (known !== undefined) return known;
  let shape = "";
  let last = "";
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    let c: string;
    if (code < 128) c = asciiShape(code);
    else {
      const cp = word.codePointAt(i)!;
      const ch = String.fromCodePoint(cp);
      if (cp > 0xffff) i++;
      c = charShape(ch);
    }
    if (c !== last || (c !== "X" && c !== "x" && c !== "d")) shape += c;
    last = c;
  }
  if (shapeMemo.size >= TAGGER_DEFAULTS.memoWords) shapeMemo.clear();
  shapeMemo.set(word, shape);
  return shape;
}

const OPENING_MARKS = /^["“‘'([-]$/;

/**
 * How many tokens open the sentence: the opening quotes and brackets at its start and the token after
 * them. Token i opens it (its capital says nothing) exactly when i is below this count.
 */
export function openingCount(tokens: readonly Token[]): number {
  let k = 0;
  while (k < tokens.length && OPENING_MARKS.test(tokens[k].text)) k++;
  return k + 1;
}

/**
 * The words a document writes in lowercase somewhere ("the party", "a bank"): a capitalized word that
 * is also written lowercase is more likely an ordinary word opening a sentence or a headline than a name.
 */
export function lowercaseWords(tokens: readonly Token[]): Set<string> {
  const out = new Set<string>();
  for (const t of tokens) if (isLowercased(t.text)) out.add(t.text);
  return out;
}

/** The features a token owes to its own word, grouped by where they stand in the token's list. */
export interface WordFeatures {
  lower: string;
  shape: string;
  capitalized: boolean;
  /** "w=", "s=". */
  head: string[];
  /** "p2=" ... "x4=", for the affixes shorter than the word. */
  affixes: string[];
  /** "first-s=", "first-w=", when the token opens its sentence (after the plain "first"). */
  first: string[];
  /** "lex=" and "lex-s=" per word-list class, or "unlisted=" for a word the list lacks. */
  lex: string[];
}

/** The features of a token that depend only on its word's text ("Putin" -> "w=putin", "s=Xx", "p2=pu", ...). */
export function wordFeatures(word: string): WordFeatures {
  const lower = word.toLowerCase();
  const shape = wordShape(word);
  const affixes: string[] = [];
  for (const n of TAGGER_DEFAULTS.affixLengths) {
    if (lower.length > n) affixes.push(`p${n}=${lower.slice(0, n)}`, `x${n}=${lower.slice(-n)}`);
  }
  const classes = lexiconClasses(lower);
  const lex: string[] = [];
  for (const c of classes) lex.push(`lex=${c}`, `lex-s=${c}|${shape}`);
  if (classes.length === 0) lex.push(`unlisted=${shape}`);
  return { lower, shape, capitalized: isCapitalized(word), head: [`w=${lower}`, `s=${shape}`], affixes, first: [`first-s=${shape}`, `first-w=${lower}`], lex };
}

/** Where a neighbour stands from the token: two before to two after. */
export type NeighbourOffset = -2 | -1 | 1 | 2;

/** The features a token owes to one neighbour, grouped by where they stand in the token's list. */
export interface NeighbourFeatures {
  /** Its lowercased word, or "<s>" / "</s>" past the sentence's ends (also the pairs' left or right side). */
  lower: string;
  /** Its shape, likewise. */
  shape: string;
  /** "w-1=", "w+2=", ... */
  w: string;
  /** "s-1=" or "s+1="; none for the words two away. */
  s: string | undefined;
  /** "lex-1=" or "lex+1=" per class; none two away or past the ends. */
  lex: string[];
}

const OFFSET_NAMES: Record<NeighbourOffset, string> = { [-2]: "-2", [-1]: "-1", 1: "+1", 2: "+2" };

/** The features of the neighbour at `offset` (undefined: past the sentence's start or end, which reads "<s>" or "</s>"). */
export function neighbourFeatures(word: string | undefined, offset: NeighbourOffset): NeighbourFeatures {
  const edge = offset < 0 ? "<s>" : "</s>";
  const lower = word === undefined ? edge : word.toLowerCase();
  const shape = word === undefined ? edge : wordShape(word);
  const near = offset === -1 || offset === 1;
  const name = OFFSET_NAMES[offset];
  const lex = near && word !== undefined ? lexiconClasses(lower).map((c) => `lex${name}=${c}`) : [];
  return { lower, shape, w: `w${name}=${lower}`, s: near ? `s${name}=${shape}` : undefined, lex };
}

/** The pairs of a token with its neighbours, in list order: left and right sides are a shape ("s") or a word ("w"). */
export const PAIRS = [
  { name: "s-1s", left: "prev-shape", right: "shape" },
  { name: "ss+1", left: "shape", right: "next-shape" },
  { name: "w-1s", left: "prev-word", right: "shape" },
  { name: "sw+1", left: "shape", right: "next-word" },
  { name: "w-1w", left: "prev-word", right: "word" },
  { name: "ww+1", left: "word", right: "next-word" },
] as const;

/** One pair feature: "s-1s=Xx|x" for a capitalized word after a lowercase one. */
export const pairFeature = (name: string, left: string, right: string): string => `${name}=${left}|${right}`;

/**
 * The sides of a pair feature, read back: every (left, right) that `pairFeature(name, left, right)`
 * turns into `feature`. Usually one; more when a side holds a "|" ("w-1w=|||" is "|" then "|", or "" then "||").
 */
export function pairSides(feature: string, name: string): [string, string][] {
  const head = `${name}=`;
  if (!feature.startsWith(head)) return [];
  const out: [string, string][] = [];
  for (let k = feature.indexOf("|", head.length); k >= 0; k = feature.indexOf("|", k + 1)) out.push([feature.slice(head.length, k), feature.slice(k + 1)]);
  return out;
}

/** The token's features that are not its word's nor one neighbour's alone, each one string (or none). */
export const TOKEN_FEATURES = {
  bias: "bias",
  alsoLowerFirst: "also-lower=first",
  alsoLowerInside: "also-lower=inside",
  first: "first",
  countryB: "country=B",
  countryI: "country=I",
  countryBefore: "country-1",
  countryAfter: "country+1",
} as const;

/** The feature of a token in a titled sentence (`isTitledSentence`), by its shape: "titled-s=Xx". */
export const titledFeature = (shape: string): string => `titled-s=${shape}`;

/**
 * Whether most of a sentence's words open with a capital: a headline, a heading or a shouted line
 * ("Great Family Fun At Low Prices", "ATTENTION RETAIL STORES"), where a capital says little about a name.
 * At least `titledMinWords` words, and a share of capitalized ones of `titledShare` or more.
 */
export function isTitledSentence(words: readonly string[]): boolean {
  let letters = 0;
  let capitals = 0;
  for (const w of words) {
    if (isCapitalized(w)) capitals++;
    else if (!isLowercased(w)) continue;
    letters++;
  }
  return letters >= TAGGER_DEFAULTS.titledMinWords && capitals >= TAGGER_DEFAULTS.titledShare * letters;
}

/** Which token starts a country name ("B"), continues one ("I"), or neither (""). */
export function countryMarks(words: readonly string[]): string[] {
  const marks = new Array<string>(words.length).fill("");
  const runs = countryRuns(words, TAGGER_DEFAULTS.maxCountryWords);
  for (let i = 0; i < runs.length; i++) for (let k = 0; k < runs[i]; k++) marks[i + k] = k === 0 ? "B" : "I";
  return marks;
}

/** The feature strings of every token of one sentence; `lowercase` is the document's `lowercaseWords`. */
export function sentenceFeatures(tokens: readonly Token[], lowercase: ReadonlySet<string> = new Set()): string[][] {
  const words = tokens.map((t) => t.text);
  const own = words.map(wordFeatures);
  const near = (i: number, offset: NeighbourOffset): NeighbourFeatures => neighbourFeatures(words[i + offset], offset);
  const marks = countryMarks(words);
  const opening = openingCount(tokens);
  const titled = isTitledSentence(words);
  const T = TOKEN_FEATURES;
  return tokens.map((_, i) => {
    const { lower: w, shape: s } = own[i];
    const [prev2, prev, next, next2] = [near(i, -2), near(i, -1), near(i, 1), near(i, 2)];
    const first = i < opening;
    const f = [T.bias, ...own[i].head, prev.w, next.w, prev2.w, next2.w, prev.s!, next.s!];
    const sides = { "prev-shape": prev.shape, shape: s, "next-shape": next.shape, "prev-word": prev.lower, word: w, "next-word": next.lower };
    for (const p of PAIRS) f.push(pairFeature(p.name, sides[p.left], sides[p.right]));
    if (own[i].capitalized && lowercase.has(w)) f.push(first ? T.alsoLowerFirst : T.alsoLowerInside);
    f.push(...own[i].affixes);
    if (first) f.push(T.first, ...own[i].first);
    if (marks[i]) f.push(marks[i] === "B" ? T.countryB : T.countryI);
    if (marks[i - 1]) f.push(T.countryBefore);
    if (marks[i + 1]) f.push(T.countryAfter);
    f.push(...own[i].lex, ...prev.lex, ...next.lex);
    if (titled) f.push(titledFeature(s));
    return f;
  });
}
