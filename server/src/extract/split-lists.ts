/**
 * Splits candidates that join several names with "and" ("China and Russia",
 * "Kazakhstan and Uzbekistan"), keeping names that contain "and" themselves:
 * gazetteer entries ("Bosnia and Herzegovina") and organizations named with
 * "of"/"for" after their head word ("Islamic State of Iraq and the Levant"), and
 * a common word sharing the head word after it ("Trade and Industry Secretary"), and firms named
 * with an ampersand ("Marks & Spencer").
 */
import type { Term } from "./parse-terms.js";
import type { Candidate } from "./candidate-spans.js";
import { lookupCountry } from "./country-gazetteer.js";
import { bareEnd, isAcronym, lowerWord } from "./term-shape.js";
import { ORG_HEADS, TITLE_HEADS } from "./lexicon/index.js";

/**
 * "Entertainment and Leisure Software Publishers Association", "Trade and Industry Secretary": a lone
 * common word before the "and" is no name of its own but shares the head or title word after it.
 */
function sharesHead(terms: Term[], c: Candidate, ands: number[]): boolean {
  // The right conjunct is a name of two words or more: "our Joint and Coalition partners" are two groups.
  if (ands.length !== 1 || ands[0] !== c.first + 1 || c.last - ands[0] < 2 || terms[c.first + 2]?.text === "the") return false;
  const left = terms[c.first];
  if (["Person", "Place", "Organization", "Acronym", "Demonym"].some((tag) => left.tags.has(tag)) || lookupCountry(left.text) || isAcronym(left)) return false;
  if (ORG_HEADS.has(lowerWord(terms[c.last]))) return true;
  for (let i = ands[0] + 2; i <= c.last; i++) if (TITLE_HEADS.has(lowerWord(terms[i]))) return true;
  return false;
}

/** Whether every conjunct of the candidate is a country ("US & UK", "Israel and Syria"). */
function ampersandCountries(text: string, terms: Term[], c: Candidate, ands: number[]): boolean {
  const bounds = [c.first - 1, ...ands, c.last + 1];
  return bounds.slice(1).every((end, k) => lookupCountry(text.slice(terms[bounds[k] + 1].start, bareEnd(terms[end - 1]))) !== undefined);
}

export function splitLists(text: string, terms: Term[], candidates: Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (const c of candidates) {
    let ands: number[] = [];
    let hasOf = false;
    for (let i = c.first + 1; i < c.last; i++) {
      const w = terms[i].text;
      if ((w === "of" || w === "for") && ands.length === 0 && ORG_HEADS.has(lowerWord(terms[i - 1]))) hasOf = true;
      if (w === "and" || w === "&") ands.push(i);
    }
    // "Holland & Hart", "Marks & Spencer and Tesco": an ampersand joins one firm's name, unless it joins countries ("US & UK").
    if (ands.some((i) => terms[i].text === "&") && !ampersandCountries(text, terms, c, ands)) ands = ands.filter((i) => terms[i].text !== "&");
    const whole = text.slice(terms[c.first].start, bareEnd(terms[c.last]));
    // "the Government of Iraq and the Kurdistan Regional Government": two organizations, each with its head.
    const bothHeaded = ands.length === 1 && ORG_HEADS.has(lowerWord(terms[c.last])) && ORG_HEADS.has(lowerWord(terms[c.first]));
    if (ands.length === 0 || (hasOf && !bothHeaded) || lookupCountry(whole) || sharesHead(terms, c, ands)) {
      out.push(c);
      continue;
    }
    let from = c.first;
    for (const i of [...ands, c.last + 1]) {
      const to = i - 1;
      let start = from;
      while (start <= to && terms[start].text === "the") start++;
      if (start <= to) out.push({ ...c, first: start, last: to });
      from = i + 1;
    }
  }
  return out;
}
