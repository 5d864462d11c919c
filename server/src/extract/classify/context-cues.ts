/** The words around a range that say what it names: role nouns and saying verbs (people), group words and hyphen suffixes (organizations). */
import type { Term } from "../parse-terms.js";
import type { ClassifyContext } from "../rule-types.js";
import { GROUP_MODIFIERS, GROUP_NOUNS, HEAD_PREPOSITIONS, MEMBER_NOUNS, MEMBER_ROLES_AFTER, FOUNDING_VERBS, ORG_CONTEXT_BEFORE, ORG_HEADS, ORG_HYPHEN_SUFFIXES, ORG_NOUNS_BEFORE, ORG_UNITS_AFTER, ROLE_NOUNS, RULER_NOUNS, SAYING_VERBS } from "../lexicon/index.js";
import { bareText, hyphenatedToNext, isPersonTagged, isPossessive, lowerWord } from "../term-shape.js";
import { isLexiconJobNoun, readsAsOrdinaryWord } from "../compromise-lexicon.js";
import { isPeoplesAdjective } from "./range.js";

/** Context around [a, b] that says "person": a lowercase role noun before, a verb of saying after. */
export function hasPersonContext(ctx: ClassifyContext, a: number, b: number): boolean {
  const { terms } = ctx;
  const before = terms[a - 1];
  if (before && before.sentence === terms[a].sentence && /^\s*$/.test(before.post) && ROLE_NOUNS.has(before.text)) return true;
  const after = terms[b + 1];
  return Boolean(after && after.sentence === terms[b].sentence && /^\s*(?:,\s*)?$/.test(terms[b].post) && SAYING_VERBS.has(after.text));
}

/** Whether term `b` ends in a hyphen suffix that makes a group of it ("ISIL-held", "Houthi-controlled"). */
function hasOrgSuffix(terms: Term[], b: number): boolean {
  const suffix = /-(\p{Ll}+)$/u.exec(terms[b].text)?.[1] ?? (hyphenatedToNext(terms[b]) ? terms[b + 1]?.text : undefined);
  return suffix !== undefined && ORG_HYPHEN_SUFFIXES.has(suffix);
}

/** A lowercase noun right before term `a` ("oil firm Yukos") or a lowercase phrase before it ("fighters of Daesh", "claimed by Daesh"). */
function hasOrgWordsBefore(terms: Term[], a: number): boolean {
  const prep = terms[a - 1];
  if (prep && prep.sentence === terms[a].sentence && /^\s+$/.test(prep.post) && ORG_NOUNS_BEFORE.has(prep.text)) return true;
  const noun = terms[a - 2];
  if (!prep || !noun || noun.sentence !== terms[a].sentence || !/^\s+$/.test(noun.post) || !/^\s+$/.test(prep.post)) return false;
  return ORG_CONTEXT_BEFORE.get(prep.text)?.has(noun.text) ?? false;
}

/**
 * A business noun after [a, b] owned by a firm ("its Yugansk unit", "Yukos' Yugansk division", "Vivendi's
 * Universal division"): the name is a business. Not without the owner: "the Delta unit" may be a place's or a team's.
 */
function hasOwnedUnitAfter(terms: Term[], a: number, b: number): boolean {
  const owner = terms[a - 1];
  const unit = terms[b + 1];
  if (!owner || !unit || owner.sentence !== terms[a].sentence || unit.sentence !== terms[b].sentence) return false;
  if (!/^\s+$/.test(owner.post) || !/^\s+$/.test(terms[b].post) || isPossessive(terms[b])) return false;
  return (/^(?:its|their)$/i.test(owner.text) || isPossessive(owner)) && ORG_UNITS_AFTER.has(unit.text);
}

/** The term after `i` when it follows in the same sentence with only `gap` between ("\\s+": a space, "\\s*,\\s*": a comma). */
function nextAfter(terms: Term[], i: number, gap: RegExp): Term | undefined {
  const next = terms[i + 1];
  return next && next.sentence === terms[i].sentence && gap.test(terms[i].post) ? next : undefined;
}

const SPACE = /^\s+$/;
const COMMA = /^\s*,\s*$/;

/** "Caloi was founded in 1898", "Linkin Park, formed in 1996 by": a body is founded or formed; a person is born. */
function hasFoundingAfter(terms: Term[], b: number): boolean {
  const be = nextAfter(terms, b, SPACE);
  if (be && /^(?:was|were)$/.test(be.text)) return FOUNDING_VERBS.has(nextAfter(terms, b + 1, SPACE)?.text ?? "");
  const participle = nextAfter(terms, b, COMMA);
  return Boolean(participle && FOUNDING_VERBS.has(participle.text) && /^(?:in|by)$/.test(nextAfter(terms, b + 1, SPACE)?.text ?? ""));
}

/** Words that may stand between "is a" and the noun that defines a name: "a major Brazilian manufacturer", "an American rock band". */
const DEFINING_MODIFIERS = 3;

/** Tags of a word that ends the search for a defining noun ("of" in "is the editor of Develop magazine"). */
const NOT_MODIFIER_TAGS = ["Preposition", "Conjunction", "Determiner", "Verb"];

/** "CALOI is a major Brazilian manufacturer of bicycles", "Linkin Park is an American rock band": a name defined as a firm, a band, a club. */
function hasDefiningNounAfter(terms: Term[], b: number): boolean {
  const be = nextAfter(terms, b, SPACE);
  const article = be && /^(?:is|was)$/.test(be.text) ? nextAfter(terms, b + 1, SPACE) : undefined;
  if (!article || !/^(?:a|an|the)$/i.test(article.text)) return false;
  // The article is term b + 2; the noun may follow it after up to DEFINING_MODIFIERS words.
  for (let i = b + 2; i <= b + 2 + DEFINING_MODIFIERS; i++) {
    const word = nextAfter(terms, i, SPACE);
    if (!word || !/^[\p{L}-]+$/u.test(word.text)) return false;
    if (ORG_NOUNS_BEFORE.has(word.text)) return true;
    // "is the editor of Develop magazine" defines a person: the noun that defines comes before any "of".
    if (ROLE_NOUNS.has(word.text) || isLexiconJobNoun(word.text) || NOT_MODIFIER_TAGS.some((t) => word.tags.has(t))) return false;
  }
  return false;
}

/**
 * Context around [a, b] that says "organization": a hyphen suffix ("ISIL-held", "Houthi-controlled"),
 * a lowercase noun before it ("oil firm Yukos"), a lowercase phrase before it ("fighters of Daesh",
 * "claimed by Daesh", "the fight against Daesh"), a firm's business noun after it ("its Yugansk unit"), or
 * words after it that found or define a body ("Caloi was founded in 1898", "Caloi is a bicycle manufacturer").
 */
export function hasOrgContext(ctx: ClassifyContext, a: number, b: number): boolean {
  const { terms } = ctx;
  // "Kurdish-led", "Sunni-dominated": an adjective of a people, not the name of a group.
  if (hasOrgSuffix(terms, b)) return a !== b || !isPeoplesAdjective(bareText(terms[b]));
  if (hasOrgWordsBefore(terms, a) || hasOwnedUnitAfter(terms, a, b)) return true;
  // "Scouting was founded in Bangladesh": an activity is founded too; one ordinary word is no name here.
  const ordinary = a === b && (terms[a].tags.has("Gerund") || readsAsOrdinaryWord(bareText(terms[a])));
  return !ordinary && (hasFoundingAfter(terms, b) || hasDefiningNounAfter(terms, b));
}

/** "Chelsea boss Jose Mourinho", "Labour leader Tony Blair": a lowercase member's role, then a person's name. */
export function hasMemberAfter(ctx: ClassifyContext, b: number): boolean {
  const { terms } = ctx;
  const role = terms[b + 1];
  const name = terms[b + 2];
  if (!role || !name || role.sentence !== terms[b].sentence || name.sentence !== role.sentence) return false;
  if (isPossessive(terms[b]) || !/^\s+$/.test(terms[b].post) || !/^\s+$/.test(role.post)) return false;
  return MEMBER_ROLES_AFTER.has(role.text) && isPersonTagged(name);
}

/** The last term of a lowercase state-organ phrase after term `b` ("security forces", "government"), or `b` when there is none. */
export function groupAfter(ctx: ClassifyContext, b: number): number {
  const { terms } = ctx;
  if (isPossessive(terms[b]) || !/^\s+$/.test(terms[b].post)) return b;
  for (let j = b + 1; j <= b + 2 && j < terms.length && terms[j].sentence === terms[b].sentence; j++) {
    const w = terms[j].text;
    if (GROUP_NOUNS.has(w)) return j;
    if (!GROUP_MODIFIERS.has(w) || !/^\s+$/.test(terms[j].post)) return b;
  }
  return b;
}

/** The lowercase noun right after term `b` (past a possessive and one adjective): "Assad’s brutal regime" -> "regime". */
export function followingNoun(ctx: ClassifyContext, b: number): string | undefined {
  const { terms } = ctx;
  if (!/^\s+$/.test(terms[b].post)) return undefined;
  for (let j = b + 1; j <= b + 2 && j < terms.length && terms[j].sentence === terms[b].sentence; j++) {
    const w = terms[j].text;
    if (RULER_NOUNS.has(w) || MEMBER_NOUNS.has(w)) return w;
    if (!terms[j].tags.has("Adjective") || !/^\s+$/.test(terms[j].post)) return undefined;
  }
  return undefined;
}

/** The index of the head of an "X of Y" name ("Ministry of Defence", "Council on Foreign Relations"), or -1. */
export function ofHead(ctx: ClassifyContext, a: number, b: number): number {
  for (let i = a + 1; i < b; i++) {
    if (HEAD_PREPOSITIONS.has(ctx.terms[i].text)) return ORG_HEADS.has(lowerWord(ctx.terms[i - 1])) ? i - 1 : -1;
  }
  return -1;
}

/** Bracketed names after capitalized words a line-up needs in one sentence before its brackets read as clubs. */
const LINEUP_BRACKETS = 3;

/** A player's initial in a line-up: "J" of "J Lewsey", also "J." */
const INITIAL = /^\p{Lu}\.?$/u;

/**
 * Whether [a, b] is the bracketed name after a player in a line-up, players written with their initial:
 * "O Barkley (Bath), J Lewsey (Wasps); C Hodgson (Sale Sharks), M Corry (Leicester, capt)". One bracket after
 * a name is not enough ("Labour MP Tony Wright (Cannock Chase) said" names a constituency), nor brackets after
 * full names, which may hold actors ("Rachel Maddow (Atamanuik) and Chris Matthews (Adomian)").
 */
export function inLineupBrackets(ctx: ClassifyContext, a: number, b: number): boolean {
  const { terms } = ctx;
  const initial = terms[a - 2];
  if (!bracketAfterName(terms, a) || !initial || initial.sentence !== terms[a].sentence || !INITIAL.test(initial.text) || !/^\s+$/.test(initial.post)) return false;
  const closes = /^\)/.test(terms[b].post) || (/^,\s*$/.test(terms[b].post) && /^capt/.test(terms[b + 1]?.text ?? ""));
  return closes && bracketsInSentence(terms, a) >= LINEUP_BRACKETS;
}

/** Bracketed names per sentence, counted once per document: a 100 KB line of brackets must not be rescanned for each. */
const bracketCounts = new WeakMap<Term[], Map<number, number>>();

/** How many bracketed names after capitalized words the sentence of term `i` holds. */
function bracketsInSentence(terms: Term[], i: number): number {
  let counts = bracketCounts.get(terms);
  if (!counts) {
    counts = new Map();
    for (let k = 0; k < terms.length; k++) if (bracketAfterName(terms, k)) counts.set(terms[k].sentence, (counts.get(terms[k].sentence) ?? 0) + 1);
    bracketCounts.set(terms, counts);
  }
  return counts.get(terms[i].sentence) ?? 0;
}

/** Whether term `i` opens a bracket right after a capitalized word. */
function bracketAfterName(terms: Term[], i: number): boolean {
  const before = terms[i - 1];
  return before !== undefined && before.sentence === terms[i].sentence && /^\p{Lu}/u.test(before.text) && /^\s*\($/.test(before.post + terms[i].pre) && /^\p{Lu}/u.test(terms[i].text);
}
