/**
 * Tagging's features as the model's row offsets instead of strings. A word's own rows and its rows as a
 * neighbour are looked up once per distinct word and remembered per model, and a pair feature by the
 * ids of its two sides, so a token costs a few lookups instead of 30 strings built and hashed (that
 * was 2.3 s of 2.4 s for 400 BBC articles). The rows come in the order of `sentenceFeatures`,
 * minus the features the model lacks, so the float sums, and so the labels and scores, are the same.
 */
import type { TaggerModel } from "./model.js";
import type { Token } from "./tokenize.js";
import { countryMarks, isTitledSentence, neighbourFeatures, openingCount, pairSides, PAIRS, titledFeature, TOKEN_FEATURES, wordFeatures, type NeighbourFeatures } from "./features.js";
import { TAGGER_DEFAULTS } from "./options.js";
import { PairTable } from "./pair-table.js";

type Index = TaggerModel["index"];

/** A feature the model lacks; also a pair side no pair feature of the model has. */
const NONE = -1;

/**
 * What one distinct word text contributes, as plain numbers so that a token reads one object: its
 * single rows, the side ids of its lowercase and shape, and where its lists of rows lie in the
 * cache's pool, one after the other: head, affixes, first, lex, then lex-1 and lex+1 (as a neighbour).
 */
interface WordRows {
  lower: string;
  capitalized: boolean;
  lowerSide: number;
  shapeSide: number;
  /** Its rows as the word before a token (w-1, s-1), two before (w-2), after (w+1, s+1) and two after (w+2). */
  prevW: number;
  prevS: number;
  prev2: number;
  nextW: number;
  nextS: number;
  next2: number;
  /** Its row in a titled sentence (`titledFeature`). */
  titled: number;
  /** Pool offsets: head from `at`, affixes from `affixesAt`, ..., lex+1 from `nextLexAt` up to `end`. */
  at: number;
  affixesAt: number;
  firstAt: number;
  lexAt: number;
  prevLexAt: number;
  nextLexAt: number;
  end: number;
}

/** Rows a token can have besides its word's and its neighbours' lists: bias, 6 neighbours, the pairs, also-lower, first, 3 country marks, titled. */
const SINGLE_ROWS = 13 + PAIRS.length;

/** The sides pairs are made of, and each pair's left and right side as an index into this list. */
const SIDES = ["prev-shape", "shape", "next-shape", "prev-word", "word", "next-word"] as const;
const PAIR_LEFT = PAIRS.map((p) => SIDES.indexOf(p.left));
const PAIR_RIGHT = PAIRS.map((p) => SIDES.indexOf(p.right));

const rowOf = (index: Index, feature: string | undefined): number => (feature === undefined ? NONE : (index.get(feature) ?? NONE));

/**
 * The model's pair features by the ids of their two sides: an id for each text that is a side of some
 * pair feature, and per entry of `PAIRS` a table from two ids to the row. A word whose text is no side
 * (most rare words) skips its pairs without a lookup, and no string is built for any of the 72,000
 * word pairs of 400 articles.
 */
interface PairIndex {
  sides: Map<string, number>;
  tables: PairTable[];
}

function pairIndex(index: Index): PairIndex {
  const sides = new Map<string, number>();
  const id = (text: string): number => sides.get(text) ?? sides.set(text, sides.size).get(text)!;
  const tables = PAIRS.map(() => new PairTable());
  const kinds = new Map<string, number>(PAIRS.map((p, i) => [p.name, i]));
  for (const [feature, row] of index) {
    const p = kinds.get(feature.slice(0, feature.indexOf("=")));
    if (p === undefined) continue;
    for (const [left, right] of pairSides(feature, PAIRS[p].name)) tables[p].set(id(left), id(right), row);
  }
  return { sides, tables };
}

/** What one model's tagging has looked up so far; replaced whole when it grows past the limit, between sentences. */
class RowCache {
  readonly words = new Map<string, WordRows>();
  /** The lists of rows of every word, at the offsets its `WordRows` records. */
  pool = new Int32Array(1 << 16);
  private pooled = 0;
  readonly pairs: PairIndex;
  readonly constant: Record<keyof typeof TOKEN_FEATURES, number>;
  /** The neighbours past the sentence's start and end ("<s>", "</s>"): only their rows as neighbours are read. */
  readonly start: WordRows;
  readonly end: WordRows;

  constructor(private readonly index: Index) {
    const t = TOKEN_FEATURES;
    this.pairs = pairIndex(index);
    this.constant = {
      bias: rowOf(index, t.bias),
      alsoLowerFirst: rowOf(index, t.alsoLowerFirst),
      alsoLowerInside: rowOf(index, t.alsoLowerInside),
      first: rowOf(index, t.first),
      countryB: rowOf(index, t.countryB),
      countryI: rowOf(index, t.countryI),
      countryBefore: rowOf(index, t.countryBefore),
      countryAfter: rowOf(index, t.countryAfter),
    };
    const edge = (): WordRows => this.entry(undefined, neighbourFeatures(undefined, -1), neighbourFeatures(undefined, -2), neighbourFeatures(undefined, 1), neighbourFeatures(undefined, 2));
    this.start = edge();
    this.end = edge();
    // An edge's word and shape, as a side of its neighbour's pairs: "<s>" before the sentence, "</s>" after it.
    this.start.lowerSide = this.start.shapeSide = this.side(neighbourFeatures(undefined, -1).lower);
    this.end.lowerSide = this.end.shapeSide = this.side(neighbourFeatures(undefined, 1).lower);
  }

  private side(text: string): number {
    return this.pairs.sides.get(text) ?? NONE;
  }

  /** Appends the rows of the features the model has to the pool; returns the offset after them. */
  private append(features: readonly string[]): number {
    if (this.pooled + features.length > this.pool.length) {
      const grown = new Int32Array(2 * (this.pooled + features.length));
      grown.set(this.pool);
      this.pool = grown;
    }
    for (const f of features) {
      const row = this.index.get(f);
      if (row !== undefined) this.pool[this.pooled++] = row;
    }
    return this.pooled;
  }

  /** The entry of a word (undefined: a sentence edge, whose own lists stay empty) from its features as each neighbour. */
  private entry(text: string | undefined, prev: NeighbourFeatures, prev2: NeighbourFeatures, next: NeighbourFeatures, next2: NeighbourFeatures): WordRows {
    const own = text === undefined ? undefined : wordFeatures(text);
    const index = this.index;
    const at = this.pooled;
    const affixesAt = this.append(own?.head ?? []);
    const firstAt = this.append(own?.affixes ?? []);
    const lexAt = this.append(own?.first ?? []);
    const prevLexAt = this.append(own?.lex ?? []);
    const nextLexAt = this.append(prev.lex);
    const end = this.append(next.lex);
    return {
      lower: own?.lower ?? "",
      capitalized: own?.capitalized ?? false,
      lowerSide: this.side(prev.lower),
      shapeSide: this.side(prev.shape),
      prevW: rowOf(index, prev.w),
      prevS: rowOf(index, prev.s),
      prev2: rowOf(index, prev2.w),
      nextW: rowOf(index, next.w),
      nextS: rowOf(index, next.s),
      next2: rowOf(index, next2.w),
      titled: own === undefined ? NONE : rowOf(index, titledFeature(own.shape)),
      at,
      affixesAt,
      firstAt,
      lexAt,
      prevLexAt,
      nextLexAt,
      end,
    };
  }

  word(text: string): WordRows {
    let rows = this.words.get(text);
    if (rows === undefined) {
      rows = this.entry(text, neighbourFeatures(text, -1), neighbourFeatures(text, -2), neighbourFeatures(text, 1), neighbourFeatures(text, 2));
      this.words.set(text, rows);
    }
    return rows;
  }

  full(): boolean {
    return this.words.size >= TAGGER_DEFAULTS.memoWords;
  }
}

const caches = new WeakMap<Index, RowCache>();

function cacheFor(index: Index): RowCache {
  let cache = caches.get(index);
  if (cache === undefined || cache.full()) {
    cache = new RowCache(index);
    caches.set(index, cache);
  }
  return cache;
}

/**
 * Each token's model rows, flat: token i's are `rows[starts[i]]` to `rows[starts[i + 1] - 1]`, for
 * i below `tokens`. The arrays may be longer: a tagger passes them back in for the next sentence.
 */
export interface FeatureRows {
  tokens: number;
  rows: Int32Array;
  starts: Int32Array;
}

/** Writes a row at `k` unless the model lacks the feature; returns the next free place. */
function put(out: Int32Array, k: number, row: number): number {
  if (row !== NONE) out[k++] = row;
  return k;
}

/** Copies the pool's rows from `from` up to `to` to `k`; returns the next free place. */
function copy(out: Int32Array, k: number, pool: Int32Array, from: number, to: number): number {
  for (let j = from; j < to; j++) out[k++] = pool[j];
  return k;
}

/**
 * The model rows of every token's features, in the order `sentenceFeatures` lists them, leaving out
 * the features the model lacks; `lowercase` is the document's `lowercaseWords`. Writes into `reuse`
 * when it is large enough, because a typed array past 64 bytes lives outside V8's heap and costs
 * microseconds to allocate and to collect: new arrays for each of 6,600 sentences were a tenth of tagging.
 */
export function sentenceRows(model: Pick<TaggerModel, "index">, tokens: readonly Token[], lowercase: ReadonlySet<string>, reuse?: FeatureRows): FeatureRows {
  const cache = cacheFor(model.index);
  const c = cache.constant;
  const length = tokens.length;
  const words = new Array<WordRows>(length);
  const texts = new Array<string>(length);
  let room = 0;
  for (let i = 0; i < length; i++) {
    texts[i] = tokens[i].text;
    const w = cache.word(texts[i]);
    words[i] = w;
    room += SINGLE_ROWS + w.end - w.at;
  }
  const marks = countryMarks(texts);
  const opening = openingCount(tokens);
  const titled = isTitledSentence(texts);
  const out: FeatureRows =
    reuse && reuse.rows.length >= room && reuse.starts.length > length ? reuse : { tokens: 0, rows: new Int32Array(reuse ? 2 * room : room), starts: new Int32Array(reuse ? 2 * (length + 1) : length + 1) };
  const { rows, starts } = out;
  const pool = cache.pool;
  const tables = cache.pairs.tables;
  // The side ids of one token's pairs, in the order of SIDES.
  const sides = new Int32Array(SIDES.length);
  let k = 0;
  for (let i = 0; i < length; i++) {
    starts[i] = k;
    const me = words[i];
    const prev = i > 0 ? words[i - 1] : cache.start;
    const next = i + 1 < length ? words[i + 1] : cache.end;
    const first = i < opening;
    k = put(rows, k, c.bias);
    k = copy(rows, k, pool, me.at, me.affixesAt);
    k = put(rows, k, prev.prevW);
    k = put(rows, k, next.nextW);
    k = put(rows, k, (i > 1 ? words[i - 2] : cache.start).prev2);
    k = put(rows, k, (i + 2 < length ? words[i + 2] : cache.end).next2);
    k = put(rows, k, prev.prevS);
    k = put(rows, k, next.nextS);
    sides[0] = prev.shapeSide;
    sides[1] = me.shapeSide;
    sides[2] = next.shapeSide;
    sides[3] = prev.lowerSide;
    sides[4] = me.lowerSide;
    sides[5] = next.lowerSide;
    for (let p = 0; p < PAIRS.length; p++) {
      const left = sides[PAIR_LEFT[p]];
      const right = sides[PAIR_RIGHT[p]];
      if (left !== NONE && right !== NONE) k = put(rows, k, tables[p].get(left, right));
    }
    if (me.capitalized && lowercase.has(me.lower)) k = put(rows, k, first ? c.alsoLowerFirst : c.alsoLowerInside);
    k = copy(rows, k, pool, me.affixesAt, me.firstAt);
    if (first) {
      k = put(rows, k, c.first);
      k = copy(rows, k, pool, me.firstAt, me.lexAt);
    }
    if (marks[i]) k = put(rows, k, marks[i] === "B" ? c.countryB : c.countryI);
    if (marks[i - 1]) k = put(rows, k, c.countryBefore);
    if (marks[i + 1]) k = put(rows, k, c.countryAfter);
    k = copy(rows, k, pool, me.lexAt, me.prevLexAt);
    k = copy(rows, k, pool, prev.prevLexAt, prev.nextLexAt);
    k = copy(rows, k, pool, next.nextLexAt, next.end);
    if (titled) k = put(rows, k, me.titled);
  }
  starts[length] = k;
  out.tokens = length;
  return out;
}
