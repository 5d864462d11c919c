/** Names no cue typed: kept when they resolve to a name of the document (or corpus), an acronym's long form or an organization they are listed with. */
import type { KnownNames } from "../known-names.js";
import type { Named, ResolveContext, ResolveRule } from "../rule-types.js";
import type { Span } from "../spans.js";
import { attested, orgKey } from "../known-names.js";
import { acronymKey } from "../name-keys.js";
import { isLexiconCommonWord } from "../compromise-lexicon.js";
import { writtenLowercase } from "../lowercase-words.js";
import { LIST_GLUE_THEN_ARTICLE } from "../lexicon/index.js";
import { ACRONYM_IN_PARENTHESES, longFormOf } from "./acronyms.js";
import { fullNameFor } from "./names.js";
import { shortFormOf } from "./organization.js";

/** A sentence-opening word with no cue ("Votel explained") is only kept when it resolves, and without resolution it cannot. */
export const openerUnresolvable: ResolveRule = {
  id: "opener-unresolvable",
  example: "Gen. Joseph L. Votel visited. Votel explained the plan.",
  exampleOptions: { resolveWithinDocument: false },
  apply: ({ span }, ctx) => (span.kind === "unknown" && span.opener && !ctx.options.resolveWithinDocument ? null : undefined),
};

/** "JTF-R units" after "the Joint Task Force Resolve (JTF-R)": an acronym no rule typed, of a long name of this document. */
export const unknownAcronym: ResolveRule = {
  id: "unknown-acronym",
  example: "The Joint Task Force Resolve (JTF-R) met. Meanwhile JTF-R units moved.",
  apply: ({ span }, ctx) => (span.kind === "unknown" ? longFormOf(ctx, span.label) : undefined),
};

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

/** "Daesh, also known as ISIL": the other name of a group or person named beside it. */
export const alsoKnownAs: ResolveRule = {
  id: "also-known-as",
  example: "Fighters of ISIL, also known as Daesh, fled.",
  apply: ({ span, index }, ctx) => {
    const other = span.kind === "unknown" && ctx.options.resolveWithinDocument ? otherNameOf(ctx.text, ctx.spans, index) : undefined;
    if (!other) return undefined;
    if (other.kind === "person") return { type: "person", label: fullNameFor(other.label, ctx.own.persons) ?? other.label };
    return longFormOf(ctx, other.label) ?? { type: "organization", label: other.label };
  },
};

/**
 * A one-word name typed in `names`: a full name, then a group, then a one-word name typed by a cue. In other
 * documents (`checked`), a person only when typed there often enough for this bare word (known-names.ts).
 */
function knownName(names: KnownNames, word: string, checked: boolean): Named | undefined {
  const fits = (name: string | undefined): name is string => name !== undefined && (!checked || attested(names, name, word));
  const full = fullNameFor(word, names.persons);
  if (fits(full)) return { type: "person", label: full };
  const group = names.orgs.get(orgKey(word));
  if (group) return { type: "organization", label: group };
  const single = names.surnames.get(orgKey(word));
  return fits(single) ? { type: "person", label: single } : undefined;
}

/** A one-word group is the one organization of this document that ends with it ("United" typed by "United boss", in the report on Manchester United). */
function inDocument(ctx: ResolveContext, named: Named | undefined): Named | undefined {
  return named?.type === "organization" ? (shortFormOf(ctx, named.label) ?? named) : named;
}

const isBareWord = (span: Span): boolean => span.kind === "unknown" && !/\s/.test(span.label);

/** "Assad" after "the Assad regime", "Daesh" after "fighters of Daesh", "Votel" after "Gen. Joseph L. Votel": a name this document typed. */
export const documentName: ResolveRule = {
  id: "document-name",
  example: "Gen. Joseph L. Votel visited. Votel explained the plan.",
  apply: ({ span }, ctx) => (isBareWord(span) && ctx.options.resolveWithinDocument ? inDocument(ctx, knownName(ctx.own, span.label, false)) : undefined),
};

/**
 * A name another document of the corpus typed ("Assad" -> the Bashar al-Assad of another article); only for
 * words that are names, not ordinary words ("One", "Open", "Labour") that some full name elsewhere ends with.
 */
export const corpusName: ResolveRule = {
  id: "corpus-name",
  example: "Talks stalled. Assad refused.",
  exampleCorpus: ["Aid was blocked by the Assad regime."],
  apply: ({ span }, ctx) => {
    if (!isBareWord(span) || !ctx.options.resolveWithinDocument || !ctx.corpus || isLexiconCommonWord(span.label)) return undefined;
    return inDocument(ctx, knownName(ctx.corpus, span.label, true));
  },
};

/** A sentence opener that resolved to nothing above is a capitalized ordinary word ("Photographs of the meeting"). */
export const openerUnresolved: ResolveRule = {
  id: "opener-unresolved",
  example: "Photographs of the meeting circulated.",
  apply: ({ span }) => (span.kind === "unknown" && span.opener ? null : undefined),
};

/** "PricewaterhouseCoopers (PWC)", with no cue for the long name: the organization the acronym after it defines. */
export const acronymDefinedAfter: ResolveRule = {
  id: "acronym-defined-after",
  example: "Economists at PricewaterhouseCoopers (PWC) warned prices were high.",
  apply: ({ span }, ctx) => (span.kind === "unknown" ? ctx.defs.get(acronymKey(ctx.text.slice(span.end).match(ACRONYM_IN_PARENTHESES)?.[1] ?? "")) : undefined),
};

/** Whether spans[i] is joined by "and", "&" or a comma to an organization next to it in the same sentence. */
function listedWithOrganization(text: string, spans: Span[], i: number): boolean {
  const s = spans[i];
  const glued = (a: Span, b: Span): boolean => a.sentence === b.sentence && a.end <= b.start && LIST_GLUE_THEN_ARTICLE.test(text.slice(a.end, b.start));
  const prev = spans[i - 1];
  const next = spans[i + 1];
  return (prev?.kind === "organization" && glued(prev, s)) || (next?.kind === "organization" && glued(s, next));
}

/**
 * Not a name of anyone here: one word in a list with an organization is one too ("the Iraqi security forces
 * and Peshmerga"; but "Assad and ISIL" resolved Assad above), unless the document writes it in lowercase too.
 */
export const listedOrganization: ResolveRule = {
  id: "listed-organization",
  example: "They support the Iraqi security forces and Peshmerga.",
  apply: ({ span, index }, ctx) => {
    if (!isBareWord(span) || isLexiconCommonWord(span.label) || writtenLowercase(ctx.text, span.label)) return undefined;
    return listedWithOrganization(ctx.text, ctx.spans, index) ? { type: "organization", label: span.label } : undefined;
  },
};

/** Any other unknown is dropped: a capitalized run no cue, name or acronym explains. */
export const unknownDropped: ResolveRule = {
  id: "unknown-dropped",
  example: "The deal went to Acme Quorb on Friday.",
  apply: ({ span }) => (span.kind === "unknown" ? null : undefined),
};
