/**
 * Decides what each candidate names: a country (gazetteer), an organization (head
 * words, acronyms, seats of government), a person (titles, compromise's name tags,
 * role nouns before, verbs of saying after) or nothing (cities and other places).
 * A candidate may yield several spans ("Russia-Ukraine", "Syrian President Bashar al-Assad").
 */
import type { Term } from "./parse-terms.js";
import type { Candidate } from "./candidate-spans.js";
import type { Span } from "./spans.js";
import { cleanLabel, cleanPersonName } from "./clean-label.js";
import { countryKey, isCapitalCity, lookupCountry, lookupDemonym } from "./country-gazetteer.js";
import { ARABIC_ORG_HEADS, COMBINING_FORMS, DOCUMENT_NOUNS, GROUP_MODIFIERS, GROUP_NOUNS, MEMBER_NOUNS, MEMBER_ROLES_AFTER, RULER_NOUNS, INSTITUTION_METONYMS, LEADING_PREPOSITIONS, NAME_CONNECTORS, ORG_CONTEXT_BEFORE, ORG_HEADS, ORG_NOUNS_BEFORE, ORG_HYPHEN_SUFFIXES, POST_NOMINALS, ROLE_NOUNS, SAYING_VERBS, THING_ACRONYMS, TITLE_HEADS, TITLE_WORDS } from "./type-cues.js";
import { isLexiconCommonWord, isLexiconDemonym, isLexiconFirstName, isLexiconOrganization, isShoutedWord } from "./compromise-lexicon.js";
import { writtenLowercase } from "./lowercase-words.js";
import { initialsOf } from "./name-keys.js";
import { bareEnd, bareText, hyphenatedToNext, isAcronym, isPersonTagged, isPossessive, lowerWord } from "./term-shape.js";

export interface ClassifyContext {
  text: string;
  terms: Term[];
  demonymsAsCountries: boolean;
}

const surfaceOf = (ctx: ClassifyContext, a: number, b: number): string => ctx.text.slice(ctx.terms[a].start, bareEnd(ctx.terms[b]));

function span(ctx: ClassifyContext, a: number, b: number, kind: Span["kind"], label: string, role?: string): Span {
  const s: Span = { start: ctx.terms[a].start, end: bareEnd(ctx.terms[b]), kind, label, sentence: ctx.terms[a].sentence };
  if (role) s.role = role;
  return s;
}

/** A term that is a place but not a person in compromise's eyes. */
function isPlaceTagged(t: Term): boolean {
  return (t.tags.has("Place") || t.tags.has("City") || t.tags.has("Region")) && !isPersonTagged(t);
}

/** The person's name after the last title in [a, b], or null when the titles name no one. */
function nameAfterTitle(ctx: ClassifyContext, a: number, b: number): { title: [number, number]; name: [number, number] | null } | null {
  const { terms } = ctx;
  // The last title word, but not one after a part of a name, which is a surname ("Martin Luther King Jr.",
  // "Carole King", "Foreign Minister Julie Bishop").
  const surname = (i: number): boolean => i > a && (terms[i - 1].tags.has("FirstName") || terms[i - 1].tags.has("LastName")) && !TITLE_WORDS.has(lowerWord(terms[i - 1]));
  // Letters after the name ("Julie Bishop MP") are no title before one.
  const postNominal = (i: number): boolean => i === b && i > a && POST_NOMINALS.has(lowerWord(terms[i])) && isPersonTagged(terms[i - 1]);
  let k = -1;
  for (let i = a; i <= b; i++) if (TITLE_HEADS.has(lowerWord(terms[i])) && !surname(i) && !postNominal(i)) k = i;
  if (k < 0) return null;
  let titleStart = a;
  while (titleStart < k && !TITLE_WORDS.has(lowerWord(terms[titleStart])) && !lookupCountry(terms[titleStart].text) && !lookupDemonym(terms[titleStart].text)) titleStart++;
  if (k === b) return { title: [titleStart, k], name: null };
  // "the General Election", "Chief Constable": an ordinary word after the title word is no one's name.
  if (k + 1 === b && !isPersonTagged(terms[b]) && (isLexiconCommonWord(bareText(terms[b])) || writtenLowercase(ctx.text, bareText(terms[b])))) return null;
  if (!NAME_CONNECTORS.has(terms[k + 1].text)) return { title: [titleStart, k], name: [k + 1, b] };
  // "Secretary of State John Kerry", "Minister for the Middle East Tobias Ellwood": the name is the last two terms, if they look like one.
  if (b - k === 3 && isPersonTagged(terms[b]) && !isPlaceTagged(terms[b])) return { title: [titleStart, b - 1], name: [b, b] }; // "Secretary of State Kerry"
  const from = Math.max(k + 2, b - 1);
  const last = terms.slice(from, b + 1);
  if (b - k < 4 || last.some((t) => NAME_CONNECTORS.has(t.text))) return { title: [titleStart, b], name: null };
  // compromise may read a first name as a place after "of State" ("Tony Blinken"); its word list knows better.
  const named = (t: Term): boolean => isPersonTagged(t) || isLexiconFirstName(bareText(t));
  if (!last.some(named) && last.some(isPlaceTagged)) return { title: [titleStart, b], name: null };
  return { title: [titleStart, from - 1], name: [from, b] };
}

/** The folded title a person was introduced with, without country prefixes ("UK Foreign Secretary" -> "foreign secretary"). */
function roleKey(ctx: ClassifyContext, a: number, b: number): string {
  const words: string[] = [];
  for (let i = a; i <= b; i++) {
    const t = ctx.terms[i];
    if (lookupCountry(t.text) || lookupDemonym(t.text) || t.text.toLowerCase() === "the") continue;
    words.push(lowerWord(t));
  }
  return words.join(" ");
}

/** Courtesy titles only address a person; "Foreign Secretary", "President" describe one. */
const COURTESY = new Set(["mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lord", "lady", "madam"]);
function isNominalRole(role: string): boolean {
  return role.split(" ").some((w) => TITLE_HEADS.has(w) && !COURTESY.has(w));
}

/** Context around [a, b] that says "person": a lowercase role noun before, a verb of saying after. */
function hasPersonContext(ctx: ClassifyContext, a: number, b: number): boolean {
  const { terms } = ctx;
  const before = terms[a - 1];
  if (before && before.sentence === terms[a].sentence && /^\s*$/.test(before.post) && ROLE_NOUNS.has(before.text)) return true;
  const after = terms[b + 1];
  if (after && after.sentence === terms[b].sentence && /^\s*(?:,\s*)?$/.test(terms[b].post) && SAYING_VERBS.has(after.text)) return true;
  return false;
}

/** Shaped like an adjective of a people that no gazetteer lists ("Kurdish"): ending in "-ish", "-ese" or "-ian". */
function isPeoplesAdjective(word: string): boolean {
  return /(ish|ese|ian)$/i.test(word);
}

/**
 * Context around [a, b] that says "organization": a hyphen suffix ("ISIL-held", "Houthi-controlled"),
 * a lowercase noun before it ("oil firm Yukos") or a lowercase phrase before it ("fighters of Daesh",
 * "claimed by Daesh", "the fight against Daesh").
 */
function hasOrgContext(ctx: ClassifyContext, a: number, b: number): boolean {
  const { terms } = ctx;
  const suffix = /-(\p{Ll}+)$/u.exec(terms[b].text)?.[1] ?? (hyphenatedToNext(terms[b]) ? terms[b + 1]?.text : undefined);
  // "Kurdish-led", "Sunni-dominated": an adjective of a people, not the name of a group.
  if (suffix && ORG_HYPHEN_SUFFIXES.has(suffix)) return a !== b || !isPeoplesAdjective(bareText(terms[b]));
  const prep = terms[a - 1];
  if (prep && prep.sentence === terms[a].sentence && /^\s+$/.test(prep.post) && ORG_NOUNS_BEFORE.has(prep.text)) return true;
  const noun = terms[a - 2];
  if (!prep || !noun || noun.sentence !== terms[a].sentence || !/^\s+$/.test(noun.post) || !/^\s+$/.test(prep.post)) return false;
  return ORG_CONTEXT_BEFORE.get(prep.text)?.has(noun.text) ?? false;
}

/** "Chelsea boss Jose Mourinho", "Labour leader Tony Blair": a lowercase member's role, then a person's name. */
function hasMemberAfter(ctx: ClassifyContext, b: number): boolean {
  const { terms } = ctx;
  const role = terms[b + 1];
  const name = terms[b + 2];
  if (!role || !name || role.sentence !== terms[b].sentence || name.sentence !== role.sentence) return false;
  if (isPossessive(terms[b]) || !/^\s+$/.test(terms[b].post) || !/^\s+$/.test(role.post)) return false;
  return MEMBER_ROLES_AFTER.has(role.text) && isPersonTagged(name);
}

/** The last term of a lowercase state-organ phrase after term `b` ("security forces", "government"), or `b` when there is none. */
function groupAfter(ctx: ClassifyContext, b: number): number {
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
function followingNoun(ctx: ClassifyContext, b: number): string | undefined {
  const { terms } = ctx;
  if (!/^\s+$/.test(terms[b].post)) return undefined;
  for (let j = b + 1; j <= b + 2 && j < terms.length && terms[j].sentence === terms[b].sentence; j++) {
    const w = terms[j].text;
    if (RULER_NOUNS.has(w) || MEMBER_NOUNS.has(w)) return w;
    if (!terms[j].tags.has("Adjective") || !/^\s+$/.test(terms[j].post)) return undefined;
  }
  return undefined;
}

const HEAD_PREPOSITIONS = new Set(["of", "for", "on"]);

/** The index of the head of an "X of Y" name ("Ministry of Defence", "Council on Foreign Relations"), or -1. */
function ofHead(ctx: ClassifyContext, a: number, b: number): number {
  for (let i = a + 1; i < b; i++) {
    if (HEAD_PREPOSITIONS.has(ctx.terms[i].text)) return ORG_HEADS.has(lowerWord(ctx.terms[i - 1])) ? i - 1 : -1;
  }
  return -1;
}

/**
 * Country names inside a longer name are mentions of the country too: "the Government of Iraq"
 * names Iraq's government and Iraq, "Jordan Armed Forces" Jordan's army and Jordan. Likewise an
 * acronym inside an organization's name or a role names its organization ("UN Security Council" -> UN,
 * "Chief Executive of AOL" -> AOL).
 */
function withNestedCountries(ctx: ClassifyContext, spans: Span[]): Span[] {
  const out: Span[] = [];
  for (const s of spans) {
    out.push(s);
    if (s.kind !== "organization" && s.kind !== "role") continue;
    for (const t of ctx.terms) {
      if (t.start < s.start) continue;
      if (t.start >= s.end) break;
      if (t.start === s.start && bareEnd(t) === s.end) continue;
      const country = lookupCountry(bareText(t));
      if (country && spans.some((x) => x.kind === "country" && x.start === t.start)) continue;
      if (country) out.push({ start: t.start, end: bareEnd(t), kind: "country", label: country, sentence: t.sentence });
      // "UN Security Council" also names the UN, "Chief Executive of AOL" AOL; "ISIL-held" is one term, so whole acronym terms only.
      else if (isAcronym(t) && !/\d/.test(t.text) && !THING_ACRONYMS.has(lowerWord(t).replace(/\./g, "")) && !ORG_HEADS.has(lowerWord(t)) && !POST_NOMINALS.has(lowerWord(t)) && !isShoutedWord(bareText(t))) out.push({ start: t.start, end: bareEnd(t), kind: "organization", label: bareText(t), sentence: t.sentence });
    }
  }
  return out;
}

/** Classifies the terms [a, b] of one candidate. */
function classifyRange(ctx: ClassifyContext, a: number, b: number, headline: boolean): Span[] {
  const { terms } = ctx;
  while (a <= b && NAME_CONNECTORS.has(terms[a].text)) a++;
  while (b >= a && NAME_CONNECTORS.has(terms[b].text)) b--;
  // "507th Air Refueling Wing" numbers a unit; "21st Century" is no name, so the ordinal goes unless a head word follows.
  if (a < b && /^\d/.test(terms[a].text) && !ORG_HEADS.has(lowerWord(terms[b]))) a++;
  if (a > b) return [];
  const surface = surfaceOf(ctx, a, b);
  const label = cleanLabel(surface);
  const key = countryKey(label);
  const metonym = INSTITUTION_METONYMS.get(key);
  if (metonym) return [span(ctx, a, b, "organization", metonym)];
  const country = lookupCountry(label);
  if (country) {
    // "the government of Iraq" is the Government of Iraq, however it is capitalized.
    const of = terms[a - 1];
    const head = terms[a - 2];
    if (of?.text === "of" && head && GROUP_NOUNS.has(head.text) && head.sentence === terms[a].sentence) {
      const organ = head.text[0].toUpperCase() + head.text.slice(1);
      return [{ ...span(ctx, a, b, "organization", `${organ} of ${country}`), start: head.start }, span(ctx, a, b, "country", country)];
    }
    // "the U.S. government", "United States armed forces": the state's organ, and the country.
    const group = groupAfter(ctx, b);
    if (group > b) return [span(ctx, a, group, "organization", cleanLabel(surfaceOf(ctx, a, group))), span(ctx, a, b, "country", country)];
    return [span(ctx, a, b, "country", country)];
  }

  // Hyphen-joined names of countries: "Russia-Ukraine war", "US-China talks", and adjective compounds
  // ("Sino-Russian", "Franco-German"), whose combining form names a country too.
  for (let i = a; i < b; i++) {
    if (!hyphenatedToNext(terms[i])) continue;
    const combining = COMBINING_FORMS.get(lowerWord(terms[i]));
    const left = lookupCountry(terms[i].text) ?? lookupDemonym(terms[i].text) ?? combining;
    const right = lookupCountry(terms[i + 1].text) ?? lookupDemonym(terms[i + 1].text) ?? COMBINING_FORMS.get(lowerWord(terms[i + 1]));
    if (!left || !right) continue;
    // A combining form is an adjective, like a demonym.
    const leftSpans = combining && i === a ? (ctx.demonymsAsCountries ? [span(ctx, a, a, "country", combining)] : []) : classifyRange(ctx, a, i, headline);
    return [...leftSpans, ...classifyRange(ctx, i + 1, b, headline)];
  }

  // "Recep Tayyip Erdogan of Turkey": a name, then the country it belongs to; "Kort Schubert of the
  // Cardiff Blues": a person's name, then what they belong to, each classified alone.
  for (let i = a + 1; i < b; i++) {
    if (terms[i].text !== "of" || ORG_HEADS.has(lowerWord(terms[i - 1])) || TITLE_HEADS.has(lowerWord(terms[i - 1]))) continue;
    const tail = lookupCountry(surfaceOf(ctx, i + 1, b));
    if (tail) return [...classifyRange(ctx, a, i - 1, headline), span(ctx, i + 1, b, "country", tail)];
    const owner = terms[i - 1];
    if ((owner.tags.has("FirstName") || owner.tags.has("LastName")) && i - 1 > a && isPersonTagged(terms[i - 2])) {
      return [...classifyRange(ctx, a, i - 1, headline), ...classifyRange(ctx, i + 1, b, headline)];
    }
  }

  // "UN Security Council Resolution 2254": the council, not its resolution.
  if (b > a && DOCUMENT_NOUNS.has(lowerWord(terms[b])) && ORG_HEADS.has(lowerWord(terms[b - 1]))) return classifyRange(ctx, a, b - 1, headline);

  const first = lowerWord(terms[a]);
  const lastWord = lowerWord(terms[b]);
  if (b > a && ARABIC_ORG_HEADS.has(first.replace(/’/g, "'"))) return [span(ctx, a, b, "organization", label)];
  const titled = nameAfterTitle(ctx, a, b);
  const headFirst = ORG_HEADS.has(first) && !TITLE_HEADS.has(first);
  // "Office of the President" is an organization; "Army Lt. Gen. Stephen Townsend" a person.
  const headOf = headFirst && b > a && NAME_CONNECTORS.has(terms[a + 1].text);
  if (titled && !headOf && !(ORG_HEADS.has(lastWord) && !TITLE_HEADS.has(lastWord) && !isPersonTagged(terms[b]))) {
    const [ts, te] = titled.title;
    const prefix = ts > a ? classifyRange(ctx, a, ts - 1, headline) : [];
    const role = roleKey(ctx, ts, te);
    if (!titled.name) return [...prefix, span(ctx, ts, b, "role", role)];
    const [ns, ne] = titled.name;
    const name = cleanPersonName(surfaceOf(ctx, ns, ne));
    if (lookupCountry(name)) return [...prefix, span(ctx, ns, ne, "country", lookupCountry(name)!)];
    // The title is itself a (nominal) mention of the person it introduces; "Mr." and the like are not.
    const title = isNominalRole(role) ? [span(ctx, ts, ns - 1, "role", role)] : [];
    return [...prefix, ...title, span(ctx, ns, ne, "person", name, role)];
  }

  if ((ORG_HEADS.has(lastWord) && b > a) || ofHead(ctx, a, b) >= 0 || (headFirst && b === a && !headline)) {
    return [span(ctx, a, b, "organization", label)];
  }
  if (a === b && isAcronym(terms[a])) {
    if (/\d/.test(terms[a].text) || THING_ACRONYMS.has(lowerWord(terms[a]).replace(/\./g, "")) || isShoutedWord(label)) return [];
    return [span(ctx, a, b, "organization", label)];
  }

  // "Iraqi security forces", "the Syrian regime", "U.S. forces": a state's organs, named by its country.
  if (a === b && (lookupDemonym(terms[a].text) || lookupCountry(terms[a].text))) {
    const group = groupAfter(ctx, b);
    if (group > b) return [span(ctx, a, group, "organization", cleanLabel(surfaceOf(ctx, a, group)))];
  }

  // A country or nationality before another name: "Syrian Bashar al-Assad", "Kurdish YPG".
  const demonym = lookupDemonym(terms[a].text);
  // "Dominique Bussereau", "Jordan Henderson": a first name spelled like a country, before a surname.
  const givenName = b > a && terms[a].tags.has("FirstName") && isPersonTagged(terms[a + 1]) && !lookupDemonym(terms[a].text);
  const leading = givenName ? undefined : (lookupCountry(terms[a].text) ?? demonym);
  if (leading) {
    const rest = b > a ? classifyRange(ctx, a + 1, b, headline) : [];
    if (demonym && !ctx.demonymsAsCountries) return rest;
    return [span(ctx, a, a, "country", leading), ...rest];
  }
  // "the Kurdish YPG", "Arab Peshmerga": a nationality compromise knows before a name; "European Union" has its head word and was read above.
  if (b > a && isLexiconDemonym(bareText(terms[a]))) return classifyRange(ctx, a + 1, b, headline);
  const trailing = lookupCountry(terms[b].text);
  // "Michael Jordan" is a person; "Northern Ireland" was caught above as a whole name.
  const firstNamed = b === a + 1 && terms[a].tags.has("FirstName");
  // "New Jersey", "New Mexico": a place named after the country, not the country.
  if (trailing && b === a + 1 && lowerWord(terms[a]) === "new") return [];
  if (trailing && b > a && !firstNamed) return [...classifyRange(ctx, a, b - 1, headline), span(ctx, b, b, "country", trailing)];

  // "the Kurdish YPG", "Syrian Arab SDF": words with no cue before an acronym qualify it; the acronym is the name
  // (not a Roman numeral: "Charles H. Keating IV", "World War II").
  if (b > a && isAcronym(terms[b]) && !hyphenatedToNext(terms[b - 1]) && !/\d|^[IVXL]+$/.test(terms[b].text) && !POST_NOMINALS.has(lowerWord(terms[b])) && !terms.slice(a, b).some((t) => isAcronym(t) || t.tags.has("Organization"))) {
    return [...classifyRange(ctx, a, b - 1, headline), ...classifyRange(ctx, b, b, headline)];
  }
  // "near Ayn Isa", "outside Mosul": a place, whatever name compromise sees in it.
  const before = terms[a - 1];
  if (before && before.sentence === terms[a].sentence && /^\s+$/.test(before.post) && LEADING_PREPOSITIONS.has(lowerWord(before))) return [];
  const range = terms.slice(a, b + 1);
  // compromise guesses Organization for any unknown capitalized word; only trust it on multi-word names.
  if (b > a && range.some((t) => t.tags.has("Organization"))) return [span(ctx, a, b, "organization", label)];
  if (range.every((t) => NAME_CONNECTORS.has(t.text) || isAcronym(t)) && range.filter(isAcronym).length > 1) return [span(ctx, a, b, "organization", label)];
  if (isCapitalCity(label)) return [];
  // "European", "Welsh", "Asians": a nationality or region compromise knows, no name of its own.
  if (a === b && isLexiconDemonym(bareText(terms[a]))) return [];
  // compromise's own list of companies and bodies: "Google said" is the company, not a person;
  // "McDonald's" is the company's own name, not a possessive.
  if (a === b && !isPersonTagged(terms[a]) && isLexiconOrganization(label)) return [span(ctx, a, b, "organization", label)];
  if (a === b && isPossessive(terms[a]) && isLexiconOrganization(terms[a].text.replace(/['’]/g, ""))) {
    const name = terms[a].text.replace(/’/g, "'");
    return [{ ...span(ctx, a, b, "organization", name), end: terms[a].end }];
  }
  // A lone plural job noun ("Analysts said", "Officials") describes people without naming them.
  if (a === b && terms[a].tags.has("Actor") && terms[a].tags.has("Plural") && !isPersonTagged(terms[a])) return [];
  if (hasMemberAfter(ctx, b)) return [span(ctx, a, b, "organization", label)];
  const personTagged = range.some(isPersonTagged);
  const placeTagged = range.some(isPlaceTagged);
  if (personTagged && !(placeTagged && a === b)) {
    // One word that only compromise calls a name ("Chelsea") may yet be a club or a company elsewhere.
    const person = span(ctx, a, b, "person", cleanPersonName(label));
    return [a === b ? { ...person, weak: true } : person];
  }
  if (hasOrgContext(ctx, a, b) && !placeTagged) return [span(ctx, a, b, "organization", label)];
  if (hasPersonContext(ctx, a, b)) {
    // "Labour said", "Treasury said": a lone ordinary word that speaks is an institution, unless this
    // document names a person by it ("Gordon Brown" ... "Brown said"), which resolution checks.
    const institution = a === b && isLexiconCommonWord(bareText(terms[a])) && !terms[a].tags.has("LastName") && !terms[a].tags.has("FirstName");
    return [institution ? span(ctx, a, b, "organization", label) : { ...span(ctx, a, b, "person", cleanPersonName(label)), weak: true }];
  }
  const cue = followingNoun(ctx, b);
  // "the Asad regime": the regime is an organization, and Asad the person who leads it.
  if (cue && RULER_NOUNS.has(cue)) {
    const ruler = span(ctx, a, b, "person", label);
    const next = terms[b + 1];
    if (a === b && next?.text === cue && !isPossessive(terms[b])) {
      return [{ ...span(ctx, a, b + 1, "organization", `${label} ${cue}`), end: next.end }, ruler];
    }
    return [ruler];
  }
  // "Houthi rebels", "Daesh fighters" name a group; "Kurdish rebels" only describe some.
  if (cue && MEMBER_NOUNS.has(cue) && !range.some(isPlaceTagged) && !(a === b && isPeoplesAdjective(label))) return [span(ctx, a, b, "organization", label)];
  if (placeTagged) return [];
  if (headline) return [];
  // No cue: kept as unknown, so resolution can still match it to a known name or acronym.
  // (Reading 2-3 word unknowns as persons was tried: person precision fell from 0.98 to 0.89 on re3d-dev.)
  return [span(ctx, a, b, "unknown", label)];
}

/**
 * "Syrian Arab Red Crescent (SARC)", "Free Syrian Army (FSA)": a name whose initials spell the acronym
 * in parentheses after it is one organization, whatever its words would say one by one.
 */
function spelledByAcronym(ctx: ClassifyContext, a: number, b: number): Span[] | undefined {
  const { terms, text } = ctx;
  if (b <= a || terms.slice(a, b + 1).some((t) => t.tags.has("FirstName"))) return undefined;
  const acronym = /^\s*\(\s*(\p{Lu}{2,})\s*\)/u.exec(text.slice(bareEnd(terms[b]), bareEnd(terms[b]) + 16))?.[1];
  if (!acronym) return undefined;
  const surface = surfaceOf(ctx, a, b);
  if (initialsOf(surface) !== acronym) return undefined;
  return [span(ctx, a, b, "organization", cleanLabel(surface))];
}

/** Typed spans for every candidate, in document order. */
export function classifyCandidates(ctx: ClassifyContext, candidates: Candidate[]): Span[] {
  const spans: Span[] = [];
  for (const c of candidates) {
    const found = withNestedCountries(ctx, spelledByAcronym(ctx, c.first, c.last) ?? classifyRange(ctx, c.first, c.last, c.headline));
    // A sentence opener with no cue of its own waits for resolution ("Votel explained", "Photographs of").
    spans.push(...(c.opener ? found.map((s) => (s.kind === "unknown" || s.kind === "person" && !s.role ? { ...s, kind: "unknown" as const, opener: true } : s)) : found));
  }
  return spans.filter((s) => s.end > s.start && s.label);
}
