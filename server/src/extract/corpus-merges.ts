/**
 * Decides, document by document, which entity a short form merges into across a corpus: a bare surname
 * into the full name it stands for, an acronym into its long form, and one label typed both a person and
 * an organization into the type the corpus's evidence favours. Used by resolve-corpus.ts.
 */
import type { ExtractedDocument, ExtractedEntity } from "../types.js";
import { entityId, foldText } from "./entity-id.js";
import { addTo, entityDirectory, personsByWord } from "./corpus-entities.js";
import { acronymKey, looksLikeAcronym, looksLikePersonName, nameWords } from "./name-keys.js";
import { enoughEvidence } from "./known-names.js";
import { isLexiconCommonWord } from "./compromise-lexicon.js";
import { KNOWN_ACRONYMS } from "./lexicon/index.js";

/** The context score a candidate needs over the next one to win in a document ("Blair" beside Murrayfield and Scotland: the rugby player). */
const CONTEXT_MARGIN = 2;
/** With no telling context, the candidate named in this many times the documents of all the others together stands for the bare form. */
const DOMINANCE = 3;
/** A label typed a person and an organization becomes the type seen in this many times the documents of the other. */
const TYPE_MAJORITY = 2;
/**
 * The context an acronym needs to merge into a long form that only spells it (no document writes the two
 * together, no list has it): sharing at least one entity named in ten documents or fewer ("IRB" beside the
 * players of the "International Rugby Board" stories), not just "UK" ("BP" and the band "Bloc Party").
 */
const SPELLED_CONTEXT = 0.1;

/** "World Trade Organisation" and "World Trade Organization" are one name. */
function spellingKey(label: string): string {
  return foldText(label).replace(/isation/g, "ization");
}

/** What the corpus knows about its entities, built once. */
interface CorpusIndex {
  all: Map<string, ExtractedEntity>;
  /** Document indexes per entity id. */
  docsOf: Map<string, Set<number>>;
  docs: ExtractedDocument[];
  /** Entities named with each candidate (over its documents), cached. */
  company: Map<string, Set<string>>;
}

function indexCorpus(docs: ExtractedDocument[]): CorpusIndex {
  const docsOf = new Map<string, Set<number>>();
  docs.forEach((d, i) => {
    for (const id of Object.keys(d.entities)) addTo(docsOf, id, i);
  });
  return { all: entityDirectory(docs), docsOf, docs, company: new Map() };
}

const documentCount = (ix: CorpusIndex, id: string): number => ix.docsOf.get(id)?.size ?? 0;

function companyOf(ix: CorpusIndex, id: string): Set<string> {
  let set = ix.company.get(id);
  if (!set) {
    set = new Set();
    for (const i of ix.docsOf.get(id) ?? []) for (const other of Object.keys(ix.docs[i].entities)) if (other !== id) set.add(other);
    ix.company.set(id, set);
  }
  return set;
}

/** How much document `i` shares with a candidate's documents: each shared entity counts 1 / its documents, so "UK" says little and "Murrayfield" much. */
function contextScore(ix: CorpusIndex, i: number, candidate: string, self: string): number {
  const company = companyOf(ix, candidate);
  let score = 0;
  for (const other of Object.keys(ix.docs[i].entities)) if (other !== self && other !== candidate && company.has(other)) score += 1 / documentCount(ix, other);
  return score;
}

/** A short form's possible long forms, and which of them the corpus names widely enough to stand for it without help from context. */
interface Candidates {
  ids: Set<string>;
  attested: Set<string>;
  /** The context score a candidate needs to win by context (above zero when not given). */
  minContext?: number;
}

/**
 * The candidate a short form in document `i` stands for: the one whose documents name what this document
 * names, by a clear margin (the rugby player "Mike Blair", named once, for a "Blair" beside Murrayfield
 * and Edinburgh); else the attested one that dominates the corpus ("Tony Blair"); else none, and the short
 * form stays its own node (two people share the surname evenly and nothing here tells them apart).
 */
function choose(ix: CorpusIndex, i: number, self: string, candidates: Candidates): string | undefined {
  const ids = [...candidates.ids].filter((c) => c !== self);
  if (ids.length === 0) return undefined;
  const scored = ids.map((id) => ({ id, score: contextScore(ix, i, id, self), docs: documentCount(ix, id) })).sort((a, b) => b.score - a.score);
  const top = scored[0];
  if (top.score > 0 && top.score >= (candidates.minContext ?? 0) && top.score >= CONTEXT_MARGIN * (scored[1]?.score ?? 0)) return top.id;
  const byDocs = [...scored].sort((a, b) => b.docs - a.docs);
  const others = byDocs.slice(1).reduce((n, s) => n + s.docs, 0);
  const widest = byDocs[0];
  return candidates.attested.has(widest.id) && widest.docs >= DOMINANCE * others ? widest.id : undefined;
}

/**
 * Full names a one-word person may stand for; attested, those named in enough documents ("Passion Oscar" once
 * cannot take sixty bare "Oscar"s). None for a word the corpus types an organization in clearly more documents:
 * that is the organization (`typeMerges`), not the "Apple Mac" that one review's tagger read as a person.
 */
function surnameCandidates(ix: CorpusIndex, persons: Map<string, Set<string>>, e: ExtractedEntity): Candidates | undefined {
  if (e.type !== "person" || nameWords(e.label).length !== 1) return undefined;
  if (documentCount(ix, entityId("organization", e.label)) >= TYPE_MAJORITY * documentCount(ix, e.id)) return undefined;
  const found = persons.get(nameWords(e.label)[0]);
  if (!found) return undefined;
  const bare = documentCount(ix, e.id);
  // An ordinary word ("Bush", "Brown") needs a full name seen at least as widely as the bare word.
  const common = isLexiconCommonWord(e.label);
  const attested = [...found].filter((id) => (common ? documentCount(ix, id) >= bare : enoughEvidence(documentCount(ix, id), bare)));
  return { ids: found, attested: new Set(attested) };
}

interface AcronymIndex {
  /** Long names by the acronym they were written beside in some document ("London Stock Exchange (LSE)"). */
  defined: Map<string, Set<string>>;
  /** Long names by the initials they spell. */
  spelled: Map<string, Set<string>>;
  /** Long names by spelling, for the maintained list. */
  bySpelling: Map<string, string>;
}

/** The acronym a long name spells, an acronym inside it kept whole: "British Telecom" -> "BT", but "BT Together" -> "BTT", "BBC Three" -> "BBCT". */
function spelledBy(label: string): string {
  const words = label.split(/[\s-]+/).filter((w) => /^\p{Lu}/u.test(w));
  return words.length >= 2 ? words.map((w) => (looksLikeAcronym(w) ? w : w[0])).join("").toUpperCase() : "";
}

function indexAcronyms(ix: CorpusIndex): AcronymIndex {
  const out: AcronymIndex = { defined: new Map(), spelled: new Map(), bySpelling: new Map() };
  for (const e of ix.all.values()) {
    if (e.type !== "organization" || looksLikeAcronym(e.label)) continue;
    for (const a of e.aliases) if (looksLikeAcronym(a)) addTo(out.defined, acronymKey(a), e.id);
    const initials = spelledBy(e.label);
    if (initials) addTo(out.spelled, initials, e.id);
    out.bySpelling.set(spellingKey(e.label), e.id);
  }
  return out;
}

/**
 * Long forms an acronym may stand for: the maintained list's, else those defined with it (all attested),
 * else those spelling it. A long form that only spells the acronym is a guess, so it needs context or, to
 * stand for it everywhere, to be named in about as many documents: one obituary's "Norfolk High School"
 * must not take the "NHS" of seventeen health stories.
 */
function acronymCandidates(ix: CorpusIndex, acronyms: AcronymIndex, e: ExtractedEntity): Candidates | undefined {
  if (e.type !== "organization" || !looksLikeAcronym(e.label)) return undefined;
  const key = acronymKey(e.label);
  const listed = KNOWN_ACRONYMS.get(key.toLowerCase());
  const known = listed ? acronyms.bySpelling.get(spellingKey(listed)) : undefined;
  const defined = acronyms.defined.get(key);
  const spelled = acronyms.spelled.get(key);
  // Defined and spelled beats defined alone: "British Telecom" over "BT Together", which also wrote "BT".
  const both = defined && spelled ? new Set([...defined].filter((id) => spelled.has(id))) : undefined;
  const ids = known ? new Set([known]) : both?.size ? both : defined;
  if (ids) return { ids, attested: ids };
  if (!spelled) return undefined;
  const bare = documentCount(ix, e.id);
  return { ids: spelled, attested: new Set([...spelled].filter((id) => enoughEvidence(documentCount(ix, id), bare))), minContext: SPELLED_CONTEXT };
}

/**
 * A label the corpus has both as a person and as an organization ("Chelsea", "Labour") is one node of
 * the type seen in clearly more documents; when each has its own support they stay two.
 */
function typeMerges(ix: CorpusIndex, target: (i: number, id: string) => string): Map<string, string> {
  // Final entities by folded label, and the documents each final entity is in.
  const seen = new Map<string, Set<string>>();
  const docsOfFinal = new Map<string, number>();
  ix.docs.forEach((d, i) => {
    for (const f of new Set(Object.keys(d.entities).map((id) => target(i, id)))) {
      docsOfFinal.set(f, (docsOfFinal.get(f) ?? 0) + 1);
      const final = ix.all.get(f);
      if (final && final.type !== "country") addTo(seen, foldText(final.label), final.id);
    }
  });
  const merges = new Map<string, string>();
  for (const ids of seen.values()) {
    const typed = [...ids].map((id) => ix.all.get(id)!);
    const person = typed.find((t) => t.type === "person");
    const org = typed.find((t) => t.type === "organization");
    if (!person || !org) continue;
    const p = docsOfFinal.get(person.id) ?? 0;
    const o = docsOfFinal.get(org.id) ?? 0;
    if (o >= TYPE_MAJORITY * p) merges.set(person.id, org.id);
    else if (p >= TYPE_MAJORITY * o) merges.set(org.id, person.id);
  }
  return merges;
}

/** For each document (by index), the entity ids that merge and the entity each merges into. */
export function corpusMerges(docs: ExtractedDocument[]): Map<string, ExtractedEntity>[] {
  const ix = indexCorpus(docs);
  // Only full names that look like a person's may absorb bare words from other documents.
  const persons = personsByWord([...ix.all.values()].filter((e) => e.type === "person" && looksLikePersonName(e.label)));
  const acronyms = indexAcronyms(ix);
  const candidates = new Map<string, Candidates | undefined>();
  for (const e of ix.all.values()) candidates.set(e.id, surnameCandidates(ix, persons, e) ?? acronymCandidates(ix, acronyms, e));
  const chosen: Map<string, string>[] = docs.map((d, i) => {
    const out = new Map<string, string>();
    for (const id of Object.keys(d.entities)) {
      const c = candidates.get(id);
      const to = c ? choose(ix, i, id, c) : undefined;
      if (to && to !== id) out.set(id, to);
    }
    return out;
  });
  const step = (i: number, id: string): string => chosen[i].get(id) ?? id;
  const retyped = typeMerges(ix, step);
  return docs.map((d, i) => {
    const out = new Map<string, ExtractedEntity>();
    for (const id of Object.keys(d.entities)) {
      const first = step(i, id);
      const final = retyped.get(first) ?? first;
      if (final !== id) out.set(id, ix.all.get(final)!);
    }
    return out;
  });
}
