/**
 * Features of each token of a sentence, as strings: the word (lowercased), its shape, affixes, its
 * neighbours' words and shapes, whether it opens the sentence, and gazetteer and word-list classes.
 * The perceptron weighs each string once per label; the strings themselves are the model's keys.
 */
import type { Token } from "./tokenize.js";
import { countryRuns, lexiconClasses } from "./lexicon.js";
import { TAGGER_DEFAULTS } from "./options.js";

/**
 * "Xx" for "Putin", "X" for "NATO", "X.X." for "U.S.", "d" for "2014", "x-Xx" for "al-Assad":
 * character classes with repeats collapsed, so every capitalized word shares one shape.
 */
export function wordShape(word: string): string {
  let shape = "";
  for (const ch of word) {
    const c = /\p{Lu}/u.test(ch) ? "X" : /\p{Ll}/u.test(ch) ? "x" : /\p{N}/u.test(ch) ? "d" : ch;
    if (!shape.endsWith(c) || !"Xxd".includes(c)) shape += c;
  }
  return shape;
}

const OPENING_MARKS = /^["“‘'([-]$/;

/** Whether token i opens its sentence, possibly after an opening quote or bracket: its capital says nothing. */
function opensSentence(tokens: readonly Token[], i: number): boolean {
  for (let k = 0; k < i; k++) if (!OPENING_MARKS.test(tokens[k].text)) return false;
  return true;
}

const context = (words: readonly string[], i: number): string => (i < 0 ? "<s>" : i >= words.length ? "</s>" : words[i]);

/**
 * The words a document writes in lowercase somewhere ("the party", "a bank"): a capitalized word that
 * is also written lowercase is more likely an ordinary word opening a sentence or a headline than a name.
 */
export function lowercaseWords(tokens: readonly Token[]): Set<string> {
  const out = new Set<string>();
  for (const t of tokens) if (/^\p{Ll}/u.test(t.text)) out.add(t.text);
  return out;
}

/** The feature strings of every token of one sentence; `lowercase` is the document's `lowercaseWords`. */
export function sentenceFeatures(tokens: readonly Token[], lowercase: ReadonlySet<string> = new Set()): string[][] {
  const words = tokens.map((t) => t.text);
  const lower = words.map((w) => w.toLowerCase());
  const shapes = words.map(wordShape);
  const countries = countryRuns(words, TAGGER_DEFAULTS.maxCountryWords);
  const inCountry = new Array<string>(words.length).fill("");
  countries.forEach((n, i) => {
    for (let k = 0; k < n; k++) inCountry[i + k] = k === 0 ? "B" : "I";
  });
  const classes = lower.map(lexiconClasses);
  const shapeAt = (i: number): string => context(shapes, i);
  const wordAt = (i: number): string => context(lower, i);
  return tokens.map((_, i) => {
    const w = lower[i];
    const s = shapes[i];
    const first = opensSentence(tokens, i);
    const f = ["bias", `w=${w}`, `s=${s}`, `w-1=${wordAt(i - 1)}`, `w+1=${wordAt(i + 1)}`, `w-2=${wordAt(i - 2)}`, `w+2=${wordAt(i + 2)}`];
    f.push(`s-1=${shapeAt(i - 1)}`, `s+1=${shapeAt(i + 1)}`, `s-1s=${shapeAt(i - 1)}|${s}`, `ss+1=${s}|${shapeAt(i + 1)}`);
    f.push(`w-1s=${wordAt(i - 1)}|${s}`, `sw+1=${s}|${wordAt(i + 1)}`, `w-1w=${wordAt(i - 1)}|${w}`, `ww+1=${w}|${wordAt(i + 1)}`);
    if (/^\p{Lu}/u.test(words[i]) && lowercase.has(w)) f.push(`also-lower=${first ? "first" : "inside"}`);
    for (const n of TAGGER_DEFAULTS.affixLengths) {
      if (w.length > n) f.push(`p${n}=${w.slice(0, n)}`, `x${n}=${w.slice(-n)}`);
    }
    if (first) f.push("first", `first-s=${s}`, `first-w=${w}`);
    if (inCountry[i]) f.push(`country=${inCountry[i]}`);
    if (inCountry[i - 1]) f.push("country-1");
    if (inCountry[i + 1]) f.push("country+1");
    for (const c of classes[i]) f.push(`lex=${c}`, `lex-s=${c}|${s}`);
    if (classes[i].length === 0) f.push(`unlisted=${s}`);
    for (const c of classes[i - 1] ?? []) f.push(`lex-1=${c}`);
    for (const c of classes[i + 1] ?? []) f.push(`lex+1=${c}`);
    return f;
  });
}
