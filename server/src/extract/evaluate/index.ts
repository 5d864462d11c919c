/** The evaluation harness: re3d-layout loading (one set or four), the mention scorer, the macro average and the raw-compromise baseline. */
export { annotationsOf, loadRe3d, type GoldAnnotation, type Re3dDataset } from "./load-re3d.js";
export { DEV_SETS, loadDevSets, type DevSet, type NamedDataset } from "./dev-sets.js";
export { macroAverage, type MacroScore } from "./macro-average.js";
export { scoreMentions, goldSpans, type PredictedMention, type Score, type ScoreReport, type ScoreType } from "./score-mentions.js";
export { compromiseMentions } from "./compromise-baseline.js";
export { DatasetError } from "./errors.js";
export { scorePipeline, scoreRawCompromise, scoreTaggerAlone, type ScoredSet } from "./score-pipeline.js";
export { assignFolds, crossValidate, CROSS_VALIDATION_DEFAULTS, type CrossValidationSettings } from "./cross-validate.js";
