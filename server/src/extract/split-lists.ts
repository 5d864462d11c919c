/**
 * Splits candidates that join several names with "and" ("China and Russia",
 * "Kazakhstan and Uzbekistan"), keeping names that contain "and" themselves:
 * gazetteer entries ("Bosnia and Herzegovina") and organizations named with
 * "of"/"for" after their head word ("Islamic State of Iraq and the Levant").
 */
import type { Term } from "./parse-terms.js";
import type { Candidate } from "./candidate-spans.js";
import { lookupCountry } from "./country-gazetteer.js";
import { bareEnd, lowerWord } from "./term-shape.js";
import { ORG_HEADS } from "./type-cues.js";

export function splitLists(text: string, terms: Term[], candidates: Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (const c of candidates) {
    const ands: number[] = [];
    let hasOf = false;
    for (let i = c.first + 1; i < c.last; i++) {
      const w = terms[i].text;
      if ((w === "of" || w === "for") && ands.length === 0 && ORG_HEADS.has(lowerWord(terms[i - 1]))) hasOf = true;
      if (w === "and" || w === "&") ands.push(i);
    }
    const whole = text.slice(terms[c.first].start, bareEnd(terms[c.last]));
    // "the Government of Iraq and the Kurdistan Regional Government": two organizations, each with its head.
    const bothHeaded = ands.length === 1 && ORG_HEADS.has(lowerWord(terms[c.last])) && ORG_HEADS.has(lowerWord(terms[c.first]));
    if (ands.length === 0 || (hasOf && !bothHeaded) || lookupCountry(whole)) {
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
