/** Scores entente's pipeline, raw compromise, or the tagger alone on documents of a set, with the same scorer. */
import type { ExtractOptions } from "../index.js";
import { extractCorpus, splitSentences } from "../index.js";
import { tagSpans, taggerProposals } from "../tagger/index.js";
import type { SourceDocument } from "../../types.js";
import type { GoldAnnotation } from "./load-re3d.js";
import { compromiseMentions } from "./compromise-baseline.js";
import { scoreMentions, type PredictedMention, type ScoreReport } from "./score-mentions.js";

export interface ScoredSet {
  documents: readonly SourceDocument[];
  annotations: readonly GoldAnnotation[];
}

function score(set: ScoredSet, predict: (docs: readonly SourceDocument[]) => Map<string, PredictedMention[]>): ScoreReport {
  const texts = new Map(set.documents.map((d) => [d.id, d.text]));
  return scoreMentions([...set.annotations], texts, predict(set.documents));
}

/**
 * The pipeline over the set in this thread (`extractCorpus`: each document extracted, then `resolveCorpus`,
 * the resolution the corpus runs), with the given options. `npm run eval` scores through a corpus in memory
 * instead (cli/eval-command.ts); the two give the same figures, which tests/cli/one-path.test.ts checks.
 */
export function scorePipeline(set: ScoredSet, options: Partial<ExtractOptions> = {}): ScoreReport {
  return score(set, (docs) => new Map(extractCorpus([...docs], options).map((d) => [d.id, d.mentions])));
}

/** Raw compromise: people(), places(), organizations(). */
export function scoreRawCompromise(set: ScoredSet): ScoreReport {
  return score(set, (docs) => new Map(docs.map((d) => [d.id, compromiseMentions(d.text)])));
}

/** The tagger on its own, typed as its proposals are (locations only when they are countries). */
export function scoreTaggerAlone(set: ScoredSet): ScoreReport {
  const predict = (d: SourceDocument): PredictedMention[] =>
    taggerProposals(d.text, tagSpans(d.text, splitSentences(d.text)), [], 0).map((p) => ({ start: p.start, end: p.end, type: p.type, text: d.text.slice(p.start, p.end) }));
  return score(set, (docs) => new Map(docs.map((d) => [d.id, predict(d)])));
}
