/**
 * Candidate names: runs of capitalized terms inside one sentence, joined by name
 * connectors ("of", "bin", "al-"), hyphens and abbreviation stops, broken by any
 * other punctuation. Function words and bare sentence-openers are trimmed off.
 * In title-case lines (headlines) capitals say nothing, so runs are cut to single
 * terms unless compromise tags both neighbours as parts of a person's name.
 */
import type { SentenceSpan } from "../types.js";
import type { Term } from "./parse-terms.js";
import { ARABIC_ORG_HEADS, BUSINESS_NOUNS, FORMER_WORDS, HEAD_ONLY_CONNECTORS, HYPHEN_WORDS, LEADING_PREPOSITIONS, NAME_CONNECTORS, NOT_NAMES, ORG_HEADS, PEOPLE_PLURALS, PRONOUNS, QUANTIFIERS, QUESTION_OPENERS, TITLE_HEADS, TITLE_WORDS } from "./lexicon/index.js";
import { lookupCountry, lookupDemonym } from "./country-gazetteer.js";
import { isLexiconFirstName, isLexiconJobNoun, isLexiconWord, openerKind, readsAloneAs, readsAsOrdinaryWord } from "./compromise-lexicon.js";
import { bareText, hyphenatedToNext, isAcronym, isHyphenParticle, isCapitalized, isFunctionWord, isNameTagged, isPersonTagged, isPossessive, lowerWord } from "./term-shape.js";

export interface Candidate {
  /** Indexes of the first and last term (inclusive) in the document's terms. */
  first: number;
  last: number;
  sentence: number;
  /** Found in a title-case line, where capitalization is no evidence. */
  headline: boolean;
  /** A single word that opens its sentence: capitalized by position only, so kept only if it resolves to a known name. */
  opener?: boolean;
}

/** A title-case line: no final stop (nor the colon that opens a quote) and most words capitalized. */
export function isHeadline(text: string, sentence: SentenceSpan): boolean {
  const s = text.slice(sentence.start, sentence.end);
  if (/[.!?:"”]$/.test(s)) return false;
  const words = s.match(/\p{L}[\p{L}'’-]*/gu) ?? [];
  if (words.length < 3) return false;
  const capitalized = words.filter((w) => /^\p{Lu}/u.test(w)).length;
  return capitalized / words.length >= 0.6;
}

/**
 * A possessive inside an organization's name: of people, or of a kind of person compromise lists
 * ("People's Protection Units", "Kurdistan Workers' Party", "Information Commissioner's Office"),
 * never of a name or a thing ("Russia's Vladimir Putin", "Robbie Williams' Angels", "Bank's").
 */
function isNamePossessive(term: Term): boolean {
  const word = term.text.replace(/['’]s?$/, "").toLowerCase();
  return PEOPLE_PLURALS.has(word) || isLexiconJobNoun(word) || (word.endsWith("s") && isLexiconJobNoun(word.slice(0, -1)));
}

/** Whether the punctuation after `term` lets a name run on to the next term. */
function joinsNext(term: Term): boolean {
  if (isPossessive(term) && !isNamePossessive(term)) return false;
  const post = term.post;
  // compromise leaves a plural's apostrophe in the punctuation: "Workers' Party".
  if (/^['’]\s+$/.test(post) && /s$/.test(term.text)) return isNamePossessive(term);
  if (/^\s+$/.test(post) && !post.includes("\n")) return true;
  if (hyphenatedToNext(term)) return true;
  // "Lt. Gen. Stephen J. Townsend": a stop closing an abbreviation or initial.
  if (/^\.\s+$/.test(post) && !post.includes("\n")) return term.tags.has("Abbreviation") || term.tags.has("Honorific") || /^\p{Lu}$/u.test(term.text);
  return false;
}

/**
 * Business names whose parts the other punctuation rules keep apart: "Holland & Hart" (an ampersand between
 * two names), "Ralph's Market" (a lone name's possessive opening a business's name; not "Prince Charles's Trust").
 */
function joinsFirmPart(terms: Term[], first: number, last: number, headline: boolean): boolean {
  const cur = terms[last];
  const next = terms[last + 1];
  if (next.text === "&") {
    const after = terms[last + 2];
    if (!(/^\s+$/.test(cur.post) && /^\s+$/.test(next.post) && after?.sentence === cur.sentence && isNamePart(after))) return false;
    // Not two people ("Basil Zempilas & Glen Jakovich", "David Christison & Lee Tate", "Richard & Judy"), nor two things ("Hobby &
    // Crafts"). compromise tags the word after "&" an organization whatever it is, so its word list decides.
    // A given name alone after it may be a firm's ("Marks & Spencer"), not one with a surname or a possessive.
    const surname = terms[last + 3];
    const named = surname?.sentence === cur.sentence && /^\s+$/.test(after.post) && isNamePart(surname);
    if (named && surname.tags.has("LastName")) return false;
    const givenName = (t: Term): boolean => isLexiconFirstName(lowerWord(t));
    if (givenName(after) && (named || isPossessive(after) || cur.tags.has("LastName") || givenName(cur))) return false;
    return !(readsAsOrdinaryWord(cur.text) && readsAsOrdinaryWord(after.text));
  }
  // In a title-case line every word is capitalized: "Tony's Big Day".
  return !headline && last === first && /^\s+$/.test(cur.post) && opensBusinessName(cur, next);
}

/**
 * "Ralph's Market", "Noonan's Liquor": a name's possessive before a capitalized word of trade opens a
 * business's name. Not a country's ("Russia's Market"), nor a possession before any other word ("Henry's
 * Arsenal", "Paula's Olympics").
 */
export function opensBusinessName(owner: Term, next: Term): boolean {
  if (!isPossessive(owner) || !isCapitalized(next) || !BUSINESS_NOUNS.has(lowerWord(next))) return false;
  return lookupCountry(bareText(owner)) === undefined;
}

/** A short lowercase word that may be a syllable of a hyphenated given name ("moon" in "Ki-moon", "un" in "Jong-un"). */
function isSyllable(term: Term | undefined): boolean {
  return term !== undefined && /^\p{Ll}{1,4}$/u.test(term.text);
}

/** A capitalized term that may belong to a name. */
function isNamePart(term: Term): boolean {
  if (!isCapitalized(term) && !isAcronym(term)) return false;
  if (NOT_NAMES.has(lowerWord(term).replace(/’/g, "'")) || term.tags.has("WeekDay")) return false;
  if (PRONOUNS.has(lowerWord(term)) && !isAcronym(term)) return false;
  return /\p{L}/u.test(term.text);
}

/** "507th", "5th": an ordinal that numbers a unit when a capitalized name follows ("507th Air Refueling Wing", "U.S. 5th Fleet"). */
function isUnitOrdinal(terms: Term[], i: number): boolean {
  const t = terms[i];
  const next = terms[i + 1];
  return /^\d+(st|nd|rd|th)$/i.test(t.text) && next !== undefined && next.sentence === t.sentence && /^\s+$/.test(t.post) && isNamePart(next);
}

/** Cheap gazetteer and list lookups that make a sentence-opening word worth keeping. */
function isKnownWord(term: Term): boolean {
  const w = lowerWord(term);
  return TITLE_WORDS.has(w) || ORG_HEADS.has(w) || ARABIC_ORG_HEADS.has(w) || lookupCountry(term.text) !== undefined || lookupDemonym(term.text) !== undefined;
}

/** Drops leading function words, a sentence-opening common word or quantifier and a question's opening modal ("Will Russia ...?"); drops trailing connectors and a trailing headline verb. */
function trim(terms: Term[], first: number, last: number, sentenceStart: number, question: boolean, headline: boolean): [number, number] {
  while (first <= last) {
    const t = terms[first];
    // Not a particle hyphenated to the name: "al-Qaeda" is the name, "Qaeda" is not.
    if ((isFunctionWord(t) || NAME_CONNECTORS.has(t.text)) && !isHyphenParticle(terms, first)) {
      first++;
      continue;
    }
    const opensSentence = t.start === sentenceStart || /["“‘(]$/.test(t.pre);
    const opensClause = opensSentence || /[;:]\s*$/.test(terms[first - 1]?.post ?? "");
    if ((opensClause && question && QUESTION_OPENERS.has(lowerWord(t))) || (opensSentence && QUANTIFIERS.has(lowerWord(t)))) {
      first++;
      continue;
    }
    // A sentence-opening verb is no name, unless a given name's syllables follow ("Ban Ki-moon said", "Park Geun-hye").
    const givenName = first < last && hyphenatedToNext(terms[first + 1]) && isSyllable(terms[first + 2]);
    if (opensSentence && first < last && !isNameTagged(t) && !isKnownWord(t) && !terms[first + 1].tags.has("Preposition") && t.tags.has("Verb") && !givenName) {
      first++;
      continue;
    }
    // "Meanwhile Brown said", "Later Brown said", and "Near Ayn Isa" anywhere: compromise lists the first word
    // as an ordinary one, though it tags it as part of the name; a comparative stays when no person follows
    // ("Greater Manchester").
    const kind = first < last && !isKnownWord(t) ? openerKind(lowerWord(t)) : undefined;
    const opener = kind === "function" || opensSentence ? kind : undefined;
    // A word that dates a role opens no name either ("Former WorldCom boss", "Ex-Chelsea striker").
    const leading = first < last && (LEADING_PREPOSITIONS.has(lowerWord(t)) || FORMER_WORDS.has(lowerWord(t)));
    if (leading || opener === "function" || opener === "adverbial" || (opener === "degree" && isPersonTagged(terms[first + 1]))) {
      first++;
      continue;
    }
    // "Actress Julia Roberts", "Economist Jim O'Neill": a job noun (in compromise's word list) before a name
    // describes the person; titles ("President", "Officer") are left to the type step.
    if (first < last && isLexiconJobNoun(lowerWord(t)) && !isPersonTagged(t) && !TITLE_WORDS.has(lowerWord(t)) && isPersonTagged(terms[first + 1])) {
      first++;
      continue;
    }
    break;
  }
  // Not a syllable hyphenated to the name ("Moon Jae-in"). A capitalized "And" ends no name either: a title's
  // words cut at a pronoun leave it behind ("Jamie And His Magic Torch").
  const trailing = (t: Term) => NAME_CONNECTORS.has(t.text) || isFunctionWord(t) || t.text === "And";
  while (last >= first && (last === first || !hyphenatedToNext(terms[last - 1])) && trailing(terms[last])) last--;
  // A title-case headline glues its verb to the name before it ("Volodymyr Zelensky Slams Russia"),
  // and compromise tags the capitalized verb as part of the name. Two names and a word that is a
  // third-person verb on its own ("slams", "urges", "meets") end at the names.
  while (headline && last - first >= 2 && /s$/i.test(terms[last].text) && readsAloneAs(lowerWord(terms[last]), "#PresentTense")) last--;
  return [first, last];
}

/** Finds candidate name spans, in document order. */
export function findCandidates(text: string, terms: Term[], sentences: SentenceSpan[]): Candidate[] {
  const candidates: Candidate[] = [];
  const headlines = sentences.map((s) => isHeadline(text, s));
  const questions = sentences.map((s) => /\?["”’]?\s*$/.test(text.slice(Math.max(s.start, s.end - 4), s.end)));
  let i = 0;
  while (i < terms.length) {
    const t = terms[i];
    if (!isNamePart(t) && !isHyphenParticle(terms, i) && !isUnitOrdinal(terms, i)) {
      i++;
      continue;
    }
    const sentence = t.sentence;
    const headline = headlines[sentence] ?? false;
    let last = i;
    for (;;) {
      const cur = terms[last];
      const next = terms[last + 1];
      if (next?.sentence === sentence && joinsFirmPart(terms, i, last, headline)) {
        last += next.text === "&" ? 2 : 1;
        continue;
      }
      if (!next || next.sentence !== sentence || !(joinsNext(cur) || isHyphenParticle(terms, last)) || /[([“"‘]/.test(next.pre)) break;
      if (headline && !(isPersonTagged(cur) && isPersonTagged(next)) && !hyphenatedToNext(cur)) break;
      // After "al-" any capitalized word belongs to the name ("Jaish al-Islam", though "Islam" alone is no name),
      // and so does a short lowercase syllable after a hyphen ("Ban Ki-moon", "Kim Jong-un"), unless English ("U.S.-led").
      // A syllable is no English word, or ends a second name ("Ban Ki-moon", not "Scrum-half Matt Dawson", "Co-star").
      const syllable = hyphenatedToNext(cur) && isSyllable(next) && !HYPHEN_WORDS.has(next.text) && !isPossessive(cur)
        && (last > i || !isLexiconWord(next.text));
      if (isNamePart(next) || isHyphenParticle(terms, last + 1) || isUnitOrdinal(terms, last + 1) || (isHyphenParticle(terms, last) && isCapitalized(next)) || syllable) {
        last++;
        continue;
      }
      // Lowercase connectors, only when a capitalized term follows within two more terms.
      const needs = HEAD_ONLY_CONNECTORS.get(next.text);
      if (needs && !ORG_HEADS.has(lowerWord(cur)) && !(needs === "organization or title" && TITLE_HEADS.has(lowerWord(cur)))) break;
      let j = last + 1;
      while (j < terms.length && j <= last + 3 && NAME_CONNECTORS.has(terms[j].text) && terms[j].sentence === sentence && joinsNext(terms[j])) j++;
      if (j > last + 1 && j <= last + 3 && terms[j] && terms[j].sentence === sentence && isNamePart(terms[j])) {
        last = j;
        continue;
      }
      break;
    }
    const sentenceStart = sentences[sentence]?.start ?? 0;
    const [first, end] = trim(terms, i, last, sentenceStart, questions[sentence] ?? false, headline);
    if (first <= end) {
      const t0 = terms[first];
      const opener = first === end && (t0.start === sentenceStart || /["“‘(]$/.test(t0.pre)) && !isNameTagged(t0) && !isKnownWord(t0) && !isAcronym(t0);
      candidates.push(opener ? { first, last: end, sentence, headline, opener } : { first, last: end, sentence, headline });
    }
    i = last + 1;
  }
  return candidates;
}
