/** The macro average over several sets: each set counts once, whatever its size, so a small domain weighs as much as a large one. */
import type { Score, ScoreReport, ScoreType } from "./score-mentions.js";

export type MacroScore = Pick<Score, "precision" | "recall" | "f1">;

const TYPES: readonly ScoreType[] = ["person", "country", "organization", "all"];

/** Mean precision, recall and F1 (each set's own F1, not the F1 of the means) per type. */
export function macroAverage(reports: readonly ScoreReport[]): Record<ScoreType, MacroScore> {
  const mean = (t: ScoreType, k: keyof MacroScore): number => (reports.length === 0 ? 0 : reports.reduce((sum, r) => sum + r.scores[t][k], 0) / reports.length);
  const out = {} as Record<ScoreType, MacroScore>;
  for (const t of TYPES) out[t] = { precision: mean(t, "precision"), recall: mean(t, "recall"), f1: mean(t, "f1") };
  return out;
}
