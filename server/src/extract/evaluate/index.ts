/** The evaluation harness: re3d loading, the mention scorer and the raw-compromise baseline. */
export { loadRe3d, type GoldAnnotation, type Re3dDataset } from "./load-re3d.js";
export { scoreMentions, goldSpans, type PredictedMention, type Score, type ScoreReport, type ScoreType } from "./score-mentions.js";
export { compromiseMentions } from "./compromise-baseline.js";
export { DatasetError } from "./errors.js";
