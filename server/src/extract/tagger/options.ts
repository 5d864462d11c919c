/** The tagger's settings in one place: features, training and decoding thresholds, with why each was chosen. */

export const TAGGER_DEFAULTS = {
  /** Labels of the BIO scheme, in the order of each feature's weight row. */
  labels: ["O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC"] as const,
  /** Longest country name looked up in the gazetteer, in tokens ("Democratic Republic of the Congo"). */
  maxCountryWords: 5,
  /** Prefix and suffix lengths taken as features (suffixes carry "-stan", "-ski", "-ment"). */
  affixLengths: [2, 3, 4] as const,
  /** Training passes over the data; held-out F1 stopped rising after about 8 on the four sets. */
  epochs: 8,
  /** Seed of the shuffles and of the document-level held-out split, so every run is the same. */
  seed: 20240611,
  /** Share of each set's documents held out for the honest figures of `npm run train:tagger`. */
  heldOutShare: 0.2,
  /** Weights are stored as integers of this many units per 1.0 (enough: the decode compares sums of tens of them). */
  weightScale: 10,
  /** A feature is dropped from the committed model when no label's weight reaches this (in stored units). */
  pruneBelow: 6,
  /** A sentence of at least this many words ... */
  titledMinWords: 3,
  /** ... this share of them capitalized is titled (`isTitledSentence`): a capital then says little about a name. */
  titledShare: 0.75,
  /** A proposal is kept only at this mean token confidence or above. */
  minScore: 0.5,
  /**
   * Distinct words whose rows and shapes tagging remembers before the memo starts again: 400 BBC
   * articles have about 12,000, so a long-running server keeps some tens of megabytes at most.
   */
  memoWords: 200_000,
  /** Runs of words asked of the country gazetteer that tagging remembers before the memo starts again (400 BBC articles: about 66,000). */
  memoRuns: 1_000_000,
} as const;

export type TaggerLabel = (typeof TAGGER_DEFAULTS.labels)[number];
