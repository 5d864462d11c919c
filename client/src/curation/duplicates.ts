/**
 * Likely duplicates, found in the graph without asking the server: a bare surname or an initial
 * and the full name ("Putin", "V. Putin" and "Vladimir Putin"), an acronym and its long form
 * ("SCO", "Shanghai Cooperation Organization"), labels equal once folded ("Al-Qaeda", "al Qaeda"),
 * and one label under two types. Each pair is grouped by a key, never compared all against all,
 * so a 9,000-entity corpus is a few passes.
 */
import type { EntityType } from "../../../server/src/types";

export interface Candidate {
  id: string;
  label: string;
  type: EntityType;
  mentions: number;
}

export type DuplicateReason = "surname" | "acronym" | "folded" | "type";

export interface DuplicateSuggestion {
  /** Merged away: the one with fewer mentions. */
  from: Candidate;
  /** Kept. */
  into: Candidate;
  reason: DuplicateReason;
}

/** Words an acronym skips ("Organization of the Petroleum Exporting Countries" is OPEC). */
const ACRONYM_SKIPS = new Set(["of", "the", "and", "for", "de", "la", "du", "des", "&"]);
/** Titles before a name ("Mr Putin", "President Xi"), dropped before comparing names. */
const TITLES = new Set(["mr", "mrs", "ms", "dr", "sir", "president", "prime", "minister", "general", "king", "queen", "prince"]);

/** Case, accents, punctuation and spacing removed: what two spellings of one name share. */
export function foldLabel(label: string): string {
  return label
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim()
    .replace(/^the /, "");
}

function words(label: string): string[] {
  return foldLabel(label).split(" ").filter((word) => word !== "" && !TITLES.has(word));
}

/** The initials of a long form's words, or null when it has fewer than two. */
export function acronymOf(label: string): string | null {
  const kept = label.split(/[\s-]+/).filter((word) => word !== "" && !ACRONYM_SKIPS.has(word.toLowerCase()));
  if (kept.length < 2) return null;
  return kept.map((word) => word[0]).join("").toUpperCase();
}

/** "Putin" or "V. Putin" against "Vladimir Putin": the shorter name's given names are initials of, or equal to, the longer's. */
function sameNamedPerson(short: string[], long: string[]): boolean {
  if (short.length > long.length || short[short.length - 1] !== long[long.length - 1]) return false;
  const given = short.slice(0, -1);
  const longGiven = long.slice(0, -1);
  if (given.length > 0 && longGiven.length === 0) return false;
  // An initial stands for any name it starts ("V." for "Vladimir"); a longer given name must be equal ("Li Yan" is not "Lin Yan").
  return given.every((name, i) => longGiven[i] !== undefined && (longGiven[i] === name || (name.length === 1 && longGiven[i].startsWith(name))));
}

function pair(a: Candidate, b: Candidate, reason: DuplicateReason): DuplicateSuggestion {
  // The better-known spelling stays; ties keep the longer (fuller) label.
  const aFirst = a.mentions > b.mentions || (a.mentions === b.mentions && a.label.length >= b.label.length);
  return aFirst ? { from: b, into: a, reason } : { from: a, into: b, reason };
}

/** Suggestions, best known first (by the mentions of the pair), at most `limit`. */
export function findDuplicates(entities: Candidate[], limit: number): DuplicateSuggestion[] {
  const found = new Map<string, DuplicateSuggestion>();
  const add = (a: Candidate, b: Candidate, reason: DuplicateReason): void => {
    const key = [a.id, b.id].sort().join("|");
    if (a.id !== b.id && !found.has(key)) found.set(key, pair(a, b, reason));
  };
  const groups = (keyOf: (entity: Candidate) => string | null): Map<string, Candidate[]> => {
    const map = new Map<string, Candidate[]>();
    for (const entity of entities) {
      const key = keyOf(entity);
      if (key === null || key === "") continue;
      const list = map.get(key);
      if (list) list.push(entity);
      else map.set(key, [entity]);
    }
    return map;
  };

  for (const group of groups((entity) => foldLabel(entity.label)).values()) {
    for (let i = 0; i < group.length; i++) {
      for (let j = i + 1; j < group.length; j++) add(group[i], group[j], group[i].type === group[j].type ? "folded" : "type");
    }
  }
  const persons = entities.filter((entity) => entity.type === "person");
  const bySurname = new Map<string, Candidate[]>();
  for (const person of persons) {
    const name = words(person.label);
    const surname = name[name.length - 1];
    if (!surname) continue;
    bySurname.set(surname, [...(bySurname.get(surname) ?? []), person]);
  }
  for (const group of bySurname.values()) {
    for (let i = 0; i < group.length; i++) {
      for (let j = i + 1; j < group.length; j++) {
        const a = words(group[i].label);
        const b = words(group[j].label);
        if (a.join(" ") === b.join(" ")) continue;
        if (sameNamedPerson(a, b) || sameNamedPerson(b, a)) add(group[i], group[j], "surname");
      }
    }
  }
  const acronyms = groups((entity) => (/^[A-Z]{2,6}$/.test(entity.label) ? entity.label : null));
  for (const entity of entities) {
    if (entity.type === "person") continue;
    const acronym = acronymOf(entity.label);
    for (const short of acronym ? (acronyms.get(acronym) ?? []) : []) if (short.type !== "person") add(short, entity, "acronym");
  }
  return [...found.values()].sort((x, y) => y.from.mentions + y.into.mentions - (x.from.mentions + x.into.mentions)).slice(0, limit);
}
