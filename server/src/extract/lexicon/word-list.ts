/** How entente's word lists are made: each written out once, and a list that is part of another derived from it by set operations. */

/** One word list as it was defined: by hand (`words` as written, duplicates and all) or derived from others. */
export interface WordListSource {
  name: string;
  /** The words exactly as written, for a hand-written list; undefined for a derived one. */
  written?: readonly string[];
  /** The lists a derived list was built from. */
  from?: readonly string[];
  words: ReadonlySet<string>;
}

const SOURCES: WordListSource[] = [];

/** Every word list defined so far, in the order of definition (the lexicon test reads them all). */
export function wordListSources(): readonly WordListSource[] {
  return SOURCES;
}

function register(source: WordListSource): ReadonlySet<string> {
  SOURCES.push(source);
  return source.words;
}

/** A word list written out by hand. Its test fails on a word written twice and on a list that copies part of another. */
export function wordList(name: string, written: readonly string[]): ReadonlySet<string> {
  return register({ name, written, words: new Set(written) });
}

const nameOf = (list: ReadonlySet<string>): string => SOURCES.find((s) => s.words === list)?.name ?? "(unnamed)";

/** The words of all the lists, as one list ("title words" are the heads and the words that qualify them). */
export function union(name: string, ...lists: ReadonlySet<string>[]): ReadonlySet<string> {
  const words = new Set<string>();
  for (const list of lists) for (const w of list) words.add(w);
  return register({ name, from: lists.map(nameOf), words });
}

/** The words of `list` that none of `without` has. */
export function difference(name: string, list: ReadonlySet<string>, ...without: ReadonlySet<string>[]): ReadonlySet<string> {
  const words = new Set([...list].filter((w) => !without.some((x) => x.has(w))));
  return register({ name, from: [nameOf(list), ...without.map(nameOf)], words });
}

/**
 * Some of the words of `list`, named for a narrower use ("told", "called" among the verbs of addressing someone).
 * Throws when a word is not in `list`, so the part cannot drift from the whole it was taken from.
 */
export function subset(name: string, list: ReadonlySet<string>, words: readonly string[]): ReadonlySet<string> {
  const missing = words.filter((w) => !list.has(w));
  if (missing.length > 0) throw new Error(`subset: ${name} takes ${missing.join(", ")}, which ${nameOf(list)} does not have; add them there first`);
  return register({ name, written: words, from: [nameOf(list)], words: new Set(words) });
}

/** A map written out by hand, its keys checked like a word list's ("sino" -> China). */
export function wordMap<V>(name: string, entries: readonly (readonly [string, V])[]): ReadonlyMap<string, V> {
  const map = new Map(entries);
  register({ name, written: entries.map(([k]) => k), words: new Set(map.keys()) });
  return map;
}
