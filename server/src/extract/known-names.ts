/**
 * Names typed by a cue somewhere, indexed so that a bare word with no cue of its own can be
 * resolved to them: full person names by first and last word ("Assad" -> "Bashar al-Assad"),
 * and one-word organizations typed by context ("fighters of Daesh" -> every bare "Daesh", "Da’esh").
 * Built from one document, or from a whole corpus before its documents are resolved.
 */
import type { Span } from "./spans.js";
import { foldText } from "./entity-id.js";
import { matchKeys } from "./name-keys.js";

export interface KnownNames {
  /** Full person names by matchKeys word. */
  persons: Map<string, Set<string>>;
  /** One-word person names typed by a cue ("President Assad", "the Assad regime"), by orgKey. */
  surnames: Map<string, string>;
  /** One-word organization names typed by context, by orgKey. */
  orgs: Map<string, string>;
}

/** A one-word name folded for matching, apostrophes and hyphens dropped ("Da’esh", "Dae’sh" -> "daesh"). */
export function orgKey(label: string): string {
  return foldText(label).replace(/[^a-z0-9]/g, "");
}

/** An empty index. */
export function emptyNames(): KnownNames {
  return { persons: new Map(), surnames: new Map(), orgs: new Map() };
}

/** Adds the typed names of `spans` to `known` (and returns it). */
export function addNames(known: KnownNames, spans: Span[]): KnownNames {
  for (const s of spans) {
    if (s.kind === "person" && !/\s/.test(s.label)) {
      const key = orgKey(s.label);
      if (key && !known.surnames.has(key)) known.surnames.set(key, s.label);
    } else if (s.kind === "person") {
      for (const w of matchKeys(s.label)) {
        if (!known.persons.has(w)) known.persons.set(w, new Set());
        known.persons.get(w)!.add(s.label);
      }
    } else if (s.kind === "organization" && !/\s/.test(s.label) && !/^[\p{Lu}\d.&-]+$/u.test(s.label)) {
      const key = orgKey(s.label);
      if (key && !known.orgs.has(key)) known.orgs.set(key, s.label);
    }
  }
  return known;
}
