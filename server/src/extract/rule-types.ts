/**
 * The shape of the extractor's rules: a rule is a named value with an example and an `apply`, and a
 * step runs an ordered list of them, the first that decides winning (classify/index.ts, resolve/index.ts).
 */
import type { EntityType } from "../types.js";
import type { Term } from "./parse-terms.js";
import type { Span } from "./spans.js";
import type { KnownNames } from "./known-names.js";

/** One rule of an ordered list. */
export interface Rule<Subject, Context, Decision> {
  /** Unique in its list: what `entente extract --explain` prints and what a test names. */
  readonly id: string;
  /** A sentence the rule decides; also the first case of its test. */
  readonly example: string;
  /** The rule's decision, or undefined to leave the subject to the next rule of the list. */
  apply(subject: Subject, ctx: Context): Decision | undefined;
}

/** What classification reads: the document's text and terms. */
export interface ClassifyContext {
  text: string;
  terms: Term[];
  demonymsAsCountries: boolean;
}

/** A decision of a classification rule, as the trace keeps it: the range it decided and the spans it gave. */
export interface TypeDecision {
  rule: string;
  start: number;
  end: number;
  spans: Span[];
}

export interface TypeContext extends ClassifyContext {
  /** Types the terms [a, b] with the whole list, for a rule that splits its range ("Russia-Ukraine": each side alone). */
  classify(a: number, b: number, headline: boolean): Span[];
  /** Where the decisions go when `--explain` asks for them. */
  trace?: TypeDecision[];
}

/** The terms [a, b] of a candidate (or of a part of one) that a classification rule types. */
export interface TypeRange {
  a: number;
  b: number;
  /** In a title-case line, where capitals are no evidence of a name. */
  headline: boolean;
  /** The text of the terms, and its cleaned label ("the Kremlin's" -> "Kremlin"). */
  surface: string;
  label: string;
}

/** A classification rule: the spans the range yields (none for a place or a common word), or undefined to pass. */
export type TypeRule = Rule<TypeRange, TypeContext, Span[]>;

export interface ResolveOptions {
  resolveWithinDocument: boolean;
  resolveRoles: boolean;
}

/** An entity a mention names. */
export interface Named {
  type: EntityType;
  label: string;
}

/** What resolution reads: the document's spans and the names it (and the corpus) introduced. */
export interface ResolveContext {
  text: string;
  spans: Span[];
  options: ResolveOptions;
  /** Names typed in this document; `corpus`, names typed anywhere in the corpus (known-names.ts). */
  own: KnownNames;
  corpus?: KnownNames;
  /** Acronyms defined in parentheses ("Syrian Democratic Forces (SDF)"), and those plus the ones spelled by a long name's initials. */
  defs: Map<string, Named>;
  acronyms: Map<string, Named>;
  /** The document's organization names of two words or more, by the orgKey of their last word ("united" -> "Manchester United"). */
  orgEndings: Map<string, Set<string>>;
  /** Folded titles ("foreign secretary") -> the person last introduced with them, filled in document order. */
  roles: Map<string, string>;
}

/** A span to resolve, with its index in `ctx.spans` (rules look at its neighbours). */
export interface ResolveSubject {
  span: Span;
  index: number;
}

/**
 * A resolution rule: the entity the span is a mention of, null for no mention (an unresolved sentence
 * opener), or undefined to pass. `exampleOptions` and `exampleCorpus` say what its example needs beyond the defaults.
 */
export interface ResolveRule extends Rule<ResolveSubject, ResolveContext, Named | null> {
  readonly exampleOptions?: Partial<ResolveOptions>;
  /** Other documents of the corpus the example is read with. */
  readonly exampleCorpus?: readonly string[];
}

/** A decision of a resolution rule, as the trace keeps it. */
export interface ResolveDecision {
  rule: string;
  start: number;
  end: number;
  named: Named | null;
}
