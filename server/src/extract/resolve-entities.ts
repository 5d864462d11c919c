/**
 * Turns one document's typed spans into mentions of entities. Within the document
 * a bare "Putin" or "Mr Abbas" resolves to the full name seen in it, an acronym
 * to the name it abbreviates (defined in parentheses or spelled by its initials),
 * and a role ("the Foreign Secretary") to the last person introduced with it.
 * Unresolved unknowns are dropped, except acronyms, which are organizations.
 */
import type { EntityType, ExtractedEntity, Mention } from "../types.js";
import type { Span } from "./spans.js";
import { entityId } from "./entity-id.js";
import { cleanLabel, cleanPersonName } from "./clean-label.js";
import { acronymKey, initialsOf, looksLikeAcronym, nameWords } from "./name-keys.js";
import { addNames, attested, emptyNames, orgKey, type KnownNames } from "./known-names.js";
import { NAME_PARTICLES, PLURAL_TITLES } from "./lexicon/index.js";
import { isLexiconCommonWord } from "./compromise-lexicon.js";
import { writtenLowercase } from "./lowercase-words.js";

export interface ResolveOptions {
  resolveWithinDocument: boolean;
  resolveRoles: boolean;
}

interface Named {
  type: EntityType;
  label: string;
}

/** Whether `short` is `long` with words left out, keeping its first or its last ("Abu Jandal", "Joseph Votel" of "Joseph L. Votel"). */
function isShortFormOf(short: string[], long: string[]): boolean {
  if (short.length >= long.length || (short[0] !== long[0] && short[short.length - 1] !== long[long.length - 1])) return false;
  let j = 0;
  for (const w of long) if (w === short[j]) j++;
  return j === short.length;
}

/**
 * The one full name a shorter name can stand for, if exactly one fits: a single word by the
 * first or last word of a full name, two words as a short form of it.
 */
function fullNameFor(label: string, persons: Map<string, Set<string>>): string | undefined {
  const words = nameWords(label);
  if (words.length === 0) return undefined;
  if (words.length === 1) {
    const found = persons.get(words[0]);
    return found && found.size === 1 ? [...found][0] : undefined;
  }
  // Only a two-word short form: "George W. Bush" is a full name of its own, not a short "George H. W. Bush".
  if (words.length > 2) return undefined;
  const longer = new Set<string>();
  for (const key of [words[0], words[words.length - 1]]) {
    for (const full of persons.get(key) ?? []) if (isShortFormOf(words, nameWords(full))) longer.add(full);
  }
  return longer.size === 1 ? [...longer][0] : undefined;
}

/** Acronyms defined in parentheses right after a name: "Syrian Democratic Forces (SDF)". */
function acronymDefinitions(text: string, spans: Span[]): Map<string, Named> {
  const defs = new Map<string, Named>();
  for (const s of spans) {
    if (s.kind === "role" || s.kind === "country" || looksLikeAcronym(s.label)) continue;
    const m = /^\s*\(\s*([\p{Lu}][\p{Lu}\d&.-]+)\s*\)/u.exec(text.slice(s.end, s.end + 24));
    if (!m) continue;
    const type: EntityType = s.kind === "unknown" ? "organization" : s.kind;
    defs.set(acronymKey(m[1]), { type, label: s.label });
  }
  return defs;
}

/** Organizations by the initials of their long names, when one long name owns them. */
function orgInitials(spans: Span[], defs: Map<string, Named>): Map<string, Named> {
  const byInitials = new Map<string, Named | null>();
  for (const s of spans) {
    if (s.kind !== "organization" && !(s.kind === "unknown" && s.label.includes(" "))) continue;
    const key = initialsOf(s.label);
    if (!key) continue;
    const prior = byInitials.get(key);
    byInitials.set(key, prior === undefined || prior?.label === s.label ? { type: "organization", label: s.label } : null);
  }
  const out = new Map<string, Named>();
  for (const [k, v] of byInitials) if (v) out.set(k, v);
  for (const [k, v] of defs) out.set(k, v);
  return out;
}

/**
 * Splits hyphen-joined names of two known people ("the Putin-Xi meeting",
 * "Vladimir Putin-Xi Jinping") into one span each; other hyphenated names stay whole.
 */
function splitHyphenatedPairs(spans: Span[], persons: Map<string, Set<string>>, corpus?: Map<string, Set<string>>): Span[] {
  const knownIn = (index: Map<string, Set<string>>, words: string[]): boolean => index.get(words[words.length - 1])?.size === 1 || index.get(words[0])?.size === 1;
  const known = (part: string): boolean => {
    const words = nameWords(part);
    return words.length > 0 && (knownIn(persons, words) || (corpus !== undefined && knownIn(corpus, words)));
  };
  return spans.flatMap((s) => {
    if (s.kind !== "person" && s.kind !== "unknown") return [s];
    // The left part ends in a name, not a particle: "Bashar al-Assad", "Saud Al-Faisal" are one name each.
    const m = /^(.*\p{Lu}\p{L}*)-(\p{Lu}.*)$/u.exec(s.label);
    if (!m || NAME_PARTICLES.has(m[1].split(/\s+/).pop()!.toLowerCase()) || !known(m[1]) || !known(m[2])) return [s];
    const cut = s.start + m[1].length;
    return [
      { ...s, kind: "person" as const, end: cut, label: m[1] },
      { ...s, kind: "person" as const, start: cut + 1, label: m[2] },
    ];
  });
}

/** The holder of the one role in `roles` whose title ends with `word`, if exactly one does. */
function onlyHolder(roles: Map<string, string>, word: string): string | undefined {
  const holders = new Set<string>();
  for (const [role, holder] of roles) if (role === word || role.endsWith(` ${word}`)) holders.add(holder);
  return holders.size === 1 ? [...holders][0] : undefined;
}

/** ", also known as", "(called"; no two whitespace runs side by side, which backtrack quadratically on a long gap of spaces. */
const ALSO_KNOWN_AS = /^\s*(?:\)\s*)?(,|\()\s*(also\s+)?(known\s+as|called|aka|a\.k\.a\.)\s+(the\s+)?$/i;

/** The typed span named as another name of spans[i] ("X, also known as Y", "Y (also known as X)"), if any. */
function otherNameOf(text: string, spans: Span[], i: number): Span | undefined {
  const s = spans[i];
  const typed = (x: Span | undefined): x is Span => x !== undefined && x.sentence === s.sentence && (x.kind === "organization" || x.kind === "person");
  const next = spans[i + 1];
  if (typed(next) && s.end <= next.start && ALSO_KNOWN_AS.test(text.slice(s.end, next.start))) return next;
  const prev = spans[i - 1];
  if (typed(prev) && prev.end <= s.start && ALSO_KNOWN_AS.test(text.slice(prev.end, s.start))) return prev;
  return undefined;
}

/** Comma, "and" or "&" between two names, each branch with one whitespace run (as in infer-persons). */
const LIST_GLUE = /^(?:\s*,|\s*,\s+and|\s+and|\s*&)\s+(the\s+)?$/;

/** Whether spans[i] is joined by "and", "&" or a comma to an organization next to it in the same sentence. */
function listedWithOrganization(text: string, spans: Span[], i: number): boolean {
  const s = spans[i];
  const glued = (a: Span, b: Span): boolean => a.sentence === b.sentence && a.end <= b.start && LIST_GLUE.test(text.slice(a.end, b.start));
  const prev = spans[i - 1];
  const next = spans[i + 1];
  return (prev?.kind === "organization" && glued(prev, s)) || (next?.kind === "organization" && glued(s, next));
}

/** "foreign secretary" -> "Foreign Secretary", "secretary of state" -> "Secretary of State". */
function roleLabel(role: string): string {
  return role
    .replace(/\s+(of|for|the|and)$/, "") // a role cut before its object ("Representative of") ends at its noun
    .replace(/\p{L}+/gu, (w) => (/^(of|for|the|and)$/.test(w) ? w : w[0].toUpperCase() + w.slice(1)));
}

/**
 * Resolves spans to mentions and the entities they name. `corpus` holds the names typed across a
 * whole corpus (see known-names.ts): a bare word with no cue in this document may still resolve to them.
 */
export function resolveEntities(text: string, allSpans: Span[], options: ResolveOptions, corpus?: KnownNames): { mentions: Mention[]; entities: Record<string, ExtractedEntity> } {
  const own = addNames(emptyNames(), allSpans);
  const persons = own.persons;
  const spans = options.resolveWithinDocument ? splitHyphenatedPairs(allSpans, persons, corpus?.persons) : allSpans;

  const defs = acronymDefinitions(text, spans);
  const acronyms = options.resolveWithinDocument ? orgInitials(spans, defs) : defs;
  const roles = new Map<string, string>();
  const mentions: Mention[] = [];
  const entities: Record<string, ExtractedEntity> = {};

  /** The long name an acronym label stands for in this document ("SDF" -> Syrian Democratic Forces), if any. */
  const longFormOf = (label: string): Named | undefined => (looksLikeAcronym(label) ? acronyms.get(acronymKey(label)) : undefined);

  const add = (s: Span, named: Named): void => {
    const surface = text.slice(s.start, s.end);
    const id = entityId(named.type, named.label);
    mentions.push({ start: s.start, end: s.end, text: surface, type: named.type, entity: id, sentence: s.sentence });
    const entity = (entities[id] ??= { id, label: named.label, type: named.type, aliases: [] });
    if (s.kind === "role") return; // "the Foreign Secretary" is a mention of the person, not a name of theirs
    const alias = named.type === "person" ? cleanPersonName(surface) : cleanLabel(surface);
    if (alias && !entity.aliases.includes(alias)) entity.aliases.push(alias);
  };

  spans.forEach((s, i) => {
    switch (s.kind) {
      case "country":
        add(s, { type: "country", label: s.label });
        return;
      case "organization": {
        const long = longFormOf(s.label);
        // "Ford said" after "Harrison Ford": a one-word company name that is the surname of someone in this document.
        const full = options.resolveWithinDocument && !looksLikeAcronym(s.label) ? fullNameFor(s.label, persons) : undefined;
        add(s, long ?? (full ? { type: "person", label: full } : { type: "organization", label: s.label }));
        return;
      }
      case "person": {
        const full = options.resolveWithinDocument ? fullNameFor(s.label, persons) : undefined;
        // "Dae’sh claimed" reads like a person, but the document calls it a group elsewhere ("claimed by Da’esh").
        // A person typed only by "said" yields to a group typed by a firmer cue in any document ("oil firm Yukos").
        const groups = s.weak && corpus ? [own.orgs, corpus.orgs] : [own.orgs];
        const group = options.resolveWithinDocument && !full && !s.role && !/\s/.test(s.label) ? groups.map((g) => g.get(orgKey(s.label))).find(Boolean) : undefined;
        if (group) return add(s, { type: "organization", label: group });
        const label = full ?? s.label;
        if (s.role) roles.set(s.role, label);
        add(s, { type: "person", label });
        return;
      }
      case "role": {
        // "Defense Secretary Ash Carter", "Minister for the Middle East, Tobias Ellwood, said": the name that follows holds the role.
        // Spans nested in the title ("U.S." in "U.S. President Joe Biden") are skipped.
        let j = i + 1;
        while (j < spans.length && spans[j].start < s.end) j++;
        const next = spans[j];
        if (next?.kind === "person" && /^\.?\s*(?:,\s*)?(the\s+)?$/i.test(text.slice(s.end, next.start))) {
          next.role ??= s.label;
          const holder = fullNameFor(next.label, persons) ?? next.label;
          roles.set(s.label, holder);
          if (options.resolveRoles) add(s, { type: "person", label: holder });
          return;
        }
        // "Li Chenggang, Permanent Representative of China": an appositive role after a comma holds the name before it.
        let k = i - 1;
        while (k >= 0 && spans[k].end > s.start) k--;
        let from = s.start;
        // A one-word modifier of the role ("Permanent") may stand between, as a span of its own.
        const modifier = spans[k];
        if (modifier?.kind === "unknown" && !/\s/.test(modifier.label) && /^\s+$/.test(text.slice(modifier.end, s.start))) {
          from = modifier.start;
          k--;
        }
        const prev = spans[k];
        if (prev?.kind === "person" && /^\s*,\s*$/.test(text.slice(prev.end, from))) {
          const named = fullNameFor(prev.label, persons) ?? prev.label;
          roles.set(s.label, named);
          if (options.resolveRoles) add(s, { type: "person", label: named });
          return;
        }
        // "the Secretary" after "Foreign Secretary Boris Johnson": the one role this document gave that title word to.
        const holder = roles.get(s.label) ?? (s.label.includes(" ") ? undefined : onlyHolder(roles, s.label));
        if (!options.resolveRoles) return;
        // A role whose holder the document never names ("The Foreign Secretary said") stands for itself;
        // a plural one ("Leaders meet") for no one person, and a bare one-word title ("the King", "the MP")
        // for too many people to be one node across a corpus.
        const words = s.label.split(" ");
        if (holder) add(s, { type: "person", label: holder });
        else if (words.length > 1 && !PLURAL_TITLES.has(words[words.length - 1]) && /^\p{Lu}/u.test(text.slice(s.start, s.end).replace(/^the\s+/i, ""))) add(s, { type: "person", label: roleLabel(s.label) });
        return;
      }
      case "unknown": {
        if (s.opener && !options.resolveWithinDocument) return;
        const asAcronym = longFormOf(s.label);
        if (asAcronym) return add(s, asAcronym);
        // "Daesh, also known as ISIL": the other name of a group or person named beside it.
        const other = options.resolveWithinDocument ? otherNameOf(text, spans, i) : undefined;
        if (other?.kind === "person") return add(s, { type: "person", label: fullNameFor(other.label, persons) ?? other.label });
        if (other) return add(s, longFormOf(other.label) ?? { type: "organization", label: other.label });
        if (options.resolveWithinDocument && !/\s/.test(s.label)) {
          // In this document first, then anywhere in the corpus ("Assad" typed by "President Assad" elsewhere,
          // "Daesh" by "fighters of Daesh"): a full name, then a group, then a one-word name typed by a cue.
          const key = orgKey(s.label);
          // Other documents only for words that are names, not ordinary words ("One", "Open", "Labour")
          // that some full name elsewhere happens to end with.
          const acrossDocuments = corpus && !isLexiconCommonWord(s.label);
          for (const names of acrossDocuments ? [own, corpus] : [own]) {
            const fits = (name: string | undefined): name is string => name !== undefined && (names === own || attested(names, name, s.label));
            const full = fullNameFor(s.label, names.persons);
            if (fits(full)) return add(s, { type: "person", label: full });
            const group = names.orgs.get(key);
            if (group) return add(s, { type: "organization", label: group });
            const single = names.surnames.get(key);
            if (fits(single)) return add(s, { type: "person", label: single });
          }
        }
        if (s.opener) return;
        const def = defs.get(acronymKey(text.slice(s.end).match(/^\s*\(\s*([\p{Lu}][\p{Lu}\d&.-]+)\s*\)/u)?.[1] ?? ""));
        if (def) return add(s, def);
        // Not a name of anyone here: one word in a list with an organization is one too
        // ("the Iraqi security forces and Peshmerga"; but "Assad and ISIL" resolved Assad above).
        if (!/\s/.test(s.label) && !isLexiconCommonWord(s.label) && !writtenLowercase(text, s.label) && listedWithOrganization(text, spans, i)) {
          return add(s, { type: "organization", label: s.label });
        }
        return;
      }
    }
  });
  return { mentions, entities };
}
