/**
 * Mention-level scoring against re3d, the same rules as the reference scorer
 * (../shared/tools/score-mentions.mjs): gold PERSON = capitalized Person spans that are
 * not a pronoun or bare title; gold COUNTRY = Location spans naming a country; gold
 * ORG = named Organisation spans that are not a country; any other Person, Location,
 * Organisation or Nationality span is optional. A prediction is right when it has a
 * gold span's type and overlaps it; each gold span matches at most one prediction.
 */
import countries from "world-countries";
import type { EntityType } from "../../types.js";
import type { GoldAnnotation } from "./load-re3d.js";

export interface PredictedMention {
  start: number;
  end: number;
  type: EntityType;
  text?: string;
}

export interface Score {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}

export type ScoreType = EntityType | "all";

export interface ScoreReport {
  scores: Record<ScoreType, Score>;
  documentsScored: number;
  documentsGold: number;
  missed: string[];
  falsePositives: string[];
}

// Kept identical to the reference scorer, including its normalization.
const norm = (s: string): string =>
  s.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/^the\s+/, "").replace(/[.’']/g, "").replace(/\s+/g, " ").trim();

let countryNames: Set<string> | undefined;
function scorerCountryNames(): Set<string> {
  if (countryNames) return countryNames;
  countryNames = new Set();
  for (const c of countries) {
    for (const n of [c.name.common, c.name.official, ...(c.altSpellings ?? [])]) if (n.length > 2 || /^[A-Z]{2,3}$/.test(n)) countryNames.add(norm(n));
  }
  for (const n of ["US", "U.S.", "USA", "America", "United States", "UK", "U.K.", "Britain", "Great Britain", "Syria", "Iran", "Russia", "Iraq", "Turkey"]) countryNames.add(norm(n));
  return countryNames;
}

const TITLE = /^(president|minister|secretary|general|king|prime minister|the president|mr|mrs|ms|dr|he|she|his|her)$/i;
const PRONOUN = /^(we|they|it|he|she|i|you|our|their|its|us|them|this|that|these|those)$/i;

/** An acronym, or a capitalized word that does not merely open a sentence. */
function named(value: string, text: string, begin: number): boolean {
  if (PRONOUN.test(value)) return false;
  if (/\b[A-Z]{2,}\b/.test(value)) return true;
  if (value.split(/\s+/).slice(1).some((w) => /^[A-Z]/.test(w))) return true;
  const before = text.slice(Math.max(0, begin - 3), begin);
  return /^[A-Z]/.test(value) && !(begin === 0 || /[.!?:"“]\s*$|\n\s*$/.test(before));
}

interface GoldSpan {
  start: number;
  end: number;
  type: EntityType | null;
  text: string;
}

/** Splits annotations into gold spans (typed) and optional spans, per document. */
export function goldSpans(annotations: GoldAnnotation[], texts: Map<string, string>): { gold: Map<string, GoldSpan[]>; optional: Map<string, GoldSpan[]> } {
  const names = scorerCountryNames();
  const gold = new Map<string, GoldSpan[]>();
  const optional = new Map<string, GoldSpan[]>();
  for (const e of annotations) {
    const v = String(e.value);
    let t: EntityType | null = null;
    if (e.type === "Person" && /^[A-Z]/.test(v) && !TITLE.test(v) && !PRONOUN.test(v)) t = "person";
    else if (e.type === "Location" && names.has(norm(v))) t = "country";
    else if (e.type === "Organisation" && named(v, texts.get(e.documentId) ?? "", e.begin) && !names.has(norm(v)) && !TITLE.test(v)) t = "organization";
    const target = t ? gold : ["Person", "Location", "Organisation", "Nationality"].includes(e.type) ? optional : null;
    if (!target) continue;
    if (!target.has(e.documentId)) target.set(e.documentId, []);
    target.get(e.documentId)!.push({ start: e.begin, end: e.end, type: t, text: v });
  }
  // re3d repeats a span once per annotator; keep one per (start, end, type), the last as the reference does.
  for (const [d, list] of gold) {
    const seen = new Map<string, GoldSpan>();
    for (const m of list) seen.set(`${m.start}:${m.end}:${m.type}`, m);
    gold.set(d, [...seen.values()]);
  }
  return { gold, optional };
}

const overlap = (a: { start: number; end: number }, b: { start: number; end: number }): boolean => a.start < b.end && b.start < a.end;

function finish(s: { tp: number; fp: number; fn: number }): Score {
  const precision = s.tp / Math.max(1, s.tp + s.fp);
  const recall = s.tp / Math.max(1, s.tp + s.fn);
  const f1 = (2 * precision * recall) / Math.max(1e-9, precision + recall);
  return { ...s, precision, recall, f1 };
}

/** Scores predictions (document id -> mentions) against the annotations. */
export function scoreMentions(annotations: GoldAnnotation[], texts: Map<string, string>, predictions: Map<string, PredictedMention[]>): ScoreReport {
  const { gold, optional } = goldSpans(annotations, texts);
  const counts: Record<ScoreType, { tp: number; fp: number; fn: number }> = {
    person: { tp: 0, fp: 0, fn: 0 },
    country: { tp: 0, fp: 0, fn: 0 },
    organization: { tp: 0, fp: 0, fn: 0 },
    all: { tp: 0, fp: 0, fn: 0 },
  };
  const missed: string[] = [];
  const falsePositives: string[] = [];
  let documentsScored = 0;
  for (const [docId, gl] of gold) {
    const pl = predictions.get(docId);
    if (!pl) {
      for (const g of gl) {
        counts[g.type!].fn++;
        counts.all.fn++;
      }
      continue;
    }
    documentsScored++;
    const used = new Set<number>();
    for (const g of gl) {
      const i = pl.findIndex((p, k) => !used.has(k) && p.type === g.type && overlap(p, g));
      if (i >= 0) {
        used.add(i);
        counts[g.type!].tp++;
        counts.all.tp++;
      } else {
        counts[g.type!].fn++;
        counts.all.fn++;
        missed.push(`${g.type}:${g.text}`);
      }
    }
    const opt = optional.get(docId) ?? [];
    pl.forEach((p, k) => {
      if (used.has(k)) return;
      if (gl.some((g) => overlap(p, g))) return; // inside a matched span, or a type error already counted as a miss
      if (opt.some((o) => overlap(p, o))) return;
      counts[p.type].fp++;
      counts.all.fp++;
      falsePositives.push(`${p.type}:${p.text ?? p.start}`);
    });
  }
  return {
    scores: { person: finish(counts.person), country: finish(counts.country), organization: finish(counts.organization), all: finish(counts.all) },
    documentsScored,
    documentsGold: gold.size,
    missed,
    falsePositives,
  };
}
