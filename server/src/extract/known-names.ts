/**
 * Names typed by a cue somewhere, indexed so that a bare word with no cue of its own can be
 * resolved to them: full person names by first and last word ("Assad" -> "Bashar al-Assad"),
 * and one-word organizations typed by context ("fighters of Daesh" -> every bare "Daesh", "Da’esh").
 * Built from one document, or from a whole corpus before its documents are resolved.
 */
import type { Span } from "./spans.js";
import { foldText } from "./entity-id.js";
import { looksLikePersonName, matchKeys, nameWords } from "./name-keys.js";
import { addTo } from "./corpus-entities.js";

export interface KnownNames {
  /** Full person names by matchKeys word. */
  persons: Map<string, Set<string>>;
  /** One-word person names typed by a cue ("President Assad", "the Assad regime"), by orgKey. */
  surnames: Map<string, string>;
  /** One-word organization names typed by context, by orgKey. */
  orgs: Map<string, string>;
  /** For a corpus: in how many documents each person name (full or one-word) was typed. */
  documents: Map<string, number>;
  /** For a corpus: in how many documents each bare one-word name (by orgKey) went untyped. */
  bareDocuments: Map<string, number>;
}

/** A one-word name folded for matching, apostrophes and hyphens dropped ("Da’esh", "Dae’sh" -> "daesh"). */
export function orgKey(label: string): string {
  return foldText(label).replace(/[^a-z0-9]/g, "");
}

/** An empty index. */
export function emptyNames(): KnownNames {
  return { persons: new Map(), surnames: new Map(), orgs: new Map(), documents: new Map(), bareDocuments: new Map() };
}

/**
 * Adds the typed names of `spans` to `known` (and returns it). For a corpus index (`forCorpus`),
 * only names typed by more than their context, and full names that look like a person's, so that
 * one misread ("Apple Insider said") does not capture every bare "Apple" in other documents; nor does
 * one word that only the tagger typed.
 */
export function addNames(known: KnownNames, spans: Span[], forCorpus = false): KnownNames {
  if (forCorpus) countDocument(known, spans);
  const orgWords = oneWordOrganizations(spans);
  for (const s of spans) {
    // "Apple Mac", a person to the tagger once, in the review that types "Apple" and "Mac" organizations
    // throughout: a brand's product, no full name for them to stand for. Its first word decides: the tagger
    // also reads a player's bare surname as a club now and then ("Hewitt fought back", after "Lleyton Hewitt").
    if (s.kind === "person" && s.proposed && orgWords.has(nameWords(s.label)[0] ?? "")) continue;
    if (forCorpus && s.kind === "person" && (s.weak || (/\s/.test(s.label) && !looksLikePersonName(s.label)))) continue;
    // One word only the tagger typed is no evidence for other documents: "The Aviator has taken pole position"
    // read as an organization once would make every bare "Aviator" of the corpus one.
    if (forCorpus && s.proposed && !/\s/.test(s.label)) continue;
    if (s.kind === "person" && !/\s/.test(s.label)) {
      const key = orgKey(s.label);
      if (key && !known.surnames.has(key)) known.surnames.set(key, s.label);
    } else if (s.kind === "person") {
      for (const w of matchKeys(s.label)) addTo(known.persons, w, s.label);
    } else if (s.kind === "organization" && !/\s/.test(s.label) && !/^[\p{Lu}\d.&-]+$/u.test(s.label)) {
      const key = orgKey(s.label);
      if (key && !known.orgs.has(key)) known.orgs.set(key, s.label);
    }
  }
  return known;
}

/** The one-word organizations among `spans`, folded as `matchKeys` folds a person's words. */
function oneWordOrganizations(spans: Span[]): Set<string> {
  const words = new Set<string>();
  for (const s of spans) if (s.kind === "organization" && !/\s/.test(s.label)) for (const w of nameWords(s.label)) words.add(w);
  return words;
}

/** Counts one document's typed person names and untyped bare words into `known`. */
function countDocument(known: KnownNames, spans: Span[]): void {
  const typed = new Set<string>();
  const bare = new Set<string>();
  for (const s of spans) {
    if (s.kind === "person" && !s.weak) typed.add(s.label);
    else if ((s.kind === "unknown" || s.kind === "person") && !/\s/.test(s.label)) bare.add(orgKey(s.label));
  }
  for (const name of typed) known.documents.set(name, (known.documents.get(name) ?? 0) + 1);
  for (const key of bare) known.bareDocuments.set(key, (known.bareDocuments.get(key) ?? 0) + 1);
}

/** How many more documents a bare word may go untyped in than its name is typed in ("Assad": typed in 4, bare in 5). */
const ATTESTATION_RATIO = 2;

/**
 * Whether a name seen in `nameDocuments` documents may stand for a bare word seen in `bareDocuments`:
 * journalists introduce a full name in each story, so a name typed in far fewer documents than the bare
 * word is a coincidence ("Passion Oscar" in one story, a bare "Oscar" in sixty), not the same person.
 */
export function enoughEvidence(nameDocuments: number, bareDocuments: number): boolean {
  return nameDocuments * ATTESTATION_RATIO >= bareDocuments;
}

/** Whether a corpus may resolve the bare `word` to the person `name` (see `enoughEvidence`). */
export function attested(known: KnownNames, name: string, word: string): boolean {
  return enoughEvidence(known.documents.get(name) ?? 0, known.bareDocuments.get(orgKey(word)) ?? 0);
}
