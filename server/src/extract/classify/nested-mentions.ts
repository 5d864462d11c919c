/**
 * Country names inside a longer name are mentions of the country too: "the Government of Iraq"
 * names Iraq's government and Iraq, "Jordan Armed Forces" Jordan's army and Jordan. Likewise an
 * acronym inside an organization's name or a role names its organization ("UN Security Council" -> UN,
 * "Chief Executive of AOL" -> AOL).
 */
import type { Term } from "../parse-terms.js";
import type { Span } from "../spans.js";
import type { TypeContext } from "../rule-types.js";
import { lookupCountry } from "../country-gazetteer.js";
import { isShoutedWord } from "../compromise-lexicon.js";
import { ORG_HEADS, POST_NOMINALS, THING_ACRONYMS } from "../lexicon/index.js";
import { bareEnd, bareText, isAcronym, lowerWord } from "../term-shape.js";

/** "ISIL-held" is one term, so only whole acronym terms, and not acronyms of things, head words or letters after a name. */
function isNestedAcronym(t: Term): boolean {
  const w = lowerWord(t);
  return isAcronym(t) && !/\d/.test(t.text) && !THING_ACRONYMS.has(w.replace(/\./g, "")) && !ORG_HEADS.has(w) && !POST_NOMINALS.has(w) && !isShoutedWord(bareText(t));
}

/** The mention a term nested in a span adds, if any. */
function nestedIn(t: Term, spans: Span[]): Span | undefined {
  const country = lookupCountry(bareText(t));
  if (country && spans.some((x) => x.kind === "country" && x.start === t.start)) return undefined;
  if (country) return { start: t.start, end: bareEnd(t), kind: "country", label: country, sentence: t.sentence };
  if (isNestedAcronym(t)) return { start: t.start, end: bareEnd(t), kind: "organization", label: bareText(t), sentence: t.sentence };
  return undefined;
}

/** The spans, each organization or role followed by the countries and acronyms nested in it. */
export function withNestedMentions(ctx: TypeContext, spans: Span[]): Span[] {
  const out: Span[] = [];
  for (const s of spans) {
    out.push(s);
    if (s.kind !== "organization" && s.kind !== "role") continue;
    for (const t of ctx.terms) {
      if (t.start < s.start) continue;
      if (t.start >= s.end) break;
      if (t.start === s.start && bareEnd(t) === s.end) continue;
      const nested = nestedIn(t, spans);
      if (!nested) continue;
      out.push(nested);
      ctx.trace?.push({ rule: nested.kind === "country" ? "nested-country" : "nested-acronym", start: s.start, end: s.end, spans: [nested] });
    }
  }
  return out;
}
