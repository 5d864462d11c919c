/**
 * Reads 2-3 word names that no cue has typed yet as people when the sentence says so:
 * the subject or object of a verb of meeting or addressing someone ("Xi Jinping met
 * Vladimir Putin", "spoke with Rishi Sunak"), or a list neighbour of a known person
 * ("Justin Trudeau met Rishi Sunak and Vladimir Putin"). Gazetteer names, head words
 * and acronyms were typed before this step, so only untyped names ("unknown") change.
 */
import type { Term } from "./parse-terms.js";
import type { Span } from "./spans.js";
import { ATTRIBUTION_VERBS, INTERACTION_PREPOSITIONS, INTERACTION_VERBS, LIST_GLUE, NOT_OBJECT_VERBS, PLACE_HEADS, ROLE_NOUNS } from "./lexicon/index.js";
import { hyphenatedToNext, isAcronym, lowerWord } from "./term-shape.js";

export interface InferContext {
  text: string;
  terms: Term[];
}

/**
 * A name shaped like a person's: 2-3 capitalized words (no acronym, digit, nationality or place head:
 * "South African", "Silicon Valley"), not after an article ("The Political Machine"), and not a
 * modifier of a lowercase noun ("Jupiter Research analyst", "Liberal Democrat spokesman").
 */
function personShaped(terms: Term[], first: number, last: number): boolean {
  // A syllable hyphenated to the word before is part of that word ("Moon Jae-in").
  const words = terms.slice(first, last + 1).filter((t, i, all) => !(i > 0 && hyphenatedToNext(all[i - 1]) && /^\p{Ll}/u.test(t.text)));
  if (words.length < 2 || words.length > 3) return false;
  if (!words.every((t) => /^\p{Lu}[\p{Ll}'’-]+$/u.test(t.text.replace(/['’]s$/, "")) && !isAcronym(t) && !t.tags.has("Demonym") && !t.tags.has("Country"))) return false;
  if (PLACE_HEADS.has(lowerWord(words[words.length - 1]))) return false;
  const before = terms[first - 1];
  if (before && before.sentence === words[0].sentence && /^(the|a|an)$/i.test(before.text) && /^\s+$/.test(before.post)) return false;
  const after = terms[last + 1];
  return !(after && after.sentence === words[0].sentence && /^\s+$/.test(terms[last].post) && /^\p{Ll}/u.test(after.text) && after.tags.has("Noun"));
}

/** A verb of meeting or addressing, as compromise reads it here ("talks" may be a noun). */
function isInteraction(t: Term | undefined): boolean {
  if (!t) return false;
  const w = t.text.toLowerCase();
  return INTERACTION_VERBS.has(w) && (t.tags.has("Verb") || w === "meeting");
}

/** Subject ("Xi Jinping met", "Xi Jinping also met") or object ("met Xi Jinping", "spoke with Xi Jinping") of an interaction verb. */
function interacts(terms: Term[], first: number, last: number): boolean {
  const sentence = terms[first].sentence;
  const same = (t: Term | undefined): t is Term => t !== undefined && t.sentence === sentence;
  let after = terms[last + 1];
  if (same(after) && after.tags.has("Adverb") && /^\s+$/.test(after.post)) after = terms[last + 2];
  if (same(after) && /^\s+$/.test(terms[last].post) && isInteraction(after)) return true;
  let before = terms[first - 1];
  if (same(before) && INTERACTION_PREPOSITIONS.has(before.text) && /^\s+$/.test(before.post)) before = terms[first - 2];
  if (!same(before) || !/^\s+$/.test(before.post) || !isInteraction(before)) return false;
  const verb = before.text.toLowerCase();
  // "told Sky News", "a firm called Information Appliance": the object of these is as often a name of something else.
  if (NOT_OBJECT_VERBS.has(verb)) return false;
  // "said Hannes Wittig, an analyst": an inverted attribution ends at a comma or the sentence end ("He said Ask Jeeves was ..." does not).
  return !ATTRIBUTION_VERBS.has(verb) || /^[,.;:!?]/.test(terms[last].post) || !same(terms[last + 1]);
}

/**
 * An apposition to a role: "the prime minister of Pakistan, Shehbaz Sharif", "its chairman, Lee Kun-hee": a
 * lowercase role noun (with an "of" phrase of up to three words) and a comma right before the name.
 */
function appositionToRole(terms: Term[], first: number): boolean {
  const comma = terms[first - 1];
  if (!comma || comma.sentence !== terms[first].sentence || !/^,\s+$/.test(comma.post)) return false;
  if (ROLE_NOUNS.has(comma.text)) return true;
  for (let j = first - 2; j >= Math.max(0, first - 5); j--) {
    if (terms[j].sentence !== terms[first].sentence) return false;
    if (terms[j].text === "of") return j > 0 && ROLE_NOUNS.has(terms[j - 1].text);
  }
  return false;
}

/** Index of the term that starts at `start`, by binary search. */
function termAt(terms: Term[], start: number): number {
  let lo = 0;
  let hi = terms.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (terms[mid].start < start) lo = mid + 1;
    else hi = mid - 1;
  }
  return lo;
}

/** Returns the spans with person-shaped unknowns retyped as persons where the sentence says they are people. */
export function inferPersons(ctx: InferContext, spans: Span[]): Span[] {
  const { text, terms } = ctx;
  const out = spans.slice();
  const shaped = new Map<number, boolean>();
  out.forEach((s, i) => {
    if (s.kind !== "unknown" || s.opener) return;
    const first = termAt(terms, s.start);
    let last = first;
    while (last + 1 < terms.length && terms[last + 1].start < s.end) last++;
    if (!personShaped(terms, first, last)) return;
    shaped.set(i, true);
    if (interacts(terms, first, last) || appositionToRole(terms, first)) out[i] = { ...s, kind: "person" };
  });
  // List neighbours of a person, in both directions, until nothing changes ("A, B and C" with C known).
  for (let changed = true; changed; ) {
    changed = false;
    out.forEach((s, i) => {
      if (!shaped.get(i) || out[i].kind === "person") return;
      const prev = out[i - 1];
      const next = out[i + 1];
      const joined = (a: Span, b: Span): boolean => a.sentence === b.sentence && LIST_GLUE.test(text.slice(a.end, b.start));
      // "Presidents Recep Tayyip Erdogan of Turkey and Ebrahim Raisi of Iran": a person's country between them.
      const before = prev?.kind === "country" && out[i - 2]?.kind === "person" && /^\s+of\s+$/.test(text.slice(out[i - 2].end, prev.start)) ? out[i - 2] : prev;
      if ((before?.kind === "person" && joined(prev ?? before, s)) || (next?.kind === "person" && joined(s, next))) {
        out[i] = { ...s, kind: "person" };
        changed = true;
      }
    });
  }
  return out;
}
