/**
 * entente's extractor: English news text -> sentences, and mentions of people,
 * countries and organizations resolved to entities. The pipeline is a list of
 * small steps, each a plain function in its own file:
 *   split-sentences -> parse-terms (compromise, once) -> candidate-spans -> split-lists
 *   -> classify (TYPE_RULES: type cues, country gazetteer, clean labels) -> tagger-spans -> storm-names -> infer-persons
 *   -> resolve (RESOLVE_RULES)
 *   and, over a corpus (`resolveCorpus`, the one place every entry point resolves across documents):
 *   each document resolved again with the names typed anywhere (known-names), then corpus-things (names read
 *   as things anywhere are no entity), resolve-corpus (corpus-merges) and outlet-references.
 */
import type { ExtractedDocument, SourceDocument } from "../types.js";
import { resolveExtractOptions, type ExtractOptions } from "./options.js";
import { InvalidDocumentError } from "./errors.js";
import { splitSentences } from "./split-sentences.js";
import { parseTerms } from "./parse-terms.js";
import { findCandidates } from "./candidate-spans.js";
import { splitLists } from "./split-lists.js";
import { classifyCandidates, classifyCharRange } from "./classify/index.js";
import { inferPersons } from "./infer-persons.js";
import { resolveEntities } from "./resolve/index.js";
import { mergeAcrossDocuments } from "./resolve-corpus.js";
import { thingLabels, thingNames, withoutThings } from "./corpus-things.js";
import { foldText } from "./entity-id.js";
import { withoutOutletReferences } from "./outlet-references.js";
import { addNames, emptyNames, type KnownNames } from "./known-names.js";
import type { Span } from "./spans.js";
import { withTaggerSpans } from "./tagger-spans.js";
import { withStormNames } from "./storm-names.js";
import { emptyTrace, type DocumentTrace } from "./explain.js";

export { entityId, slugify } from "./entity-id.js";
export { DEFAULT_EXTRACT_OPTIONS, type ExtractOptions } from "./options.js";
export { InvalidDocumentError, InvalidExtractOptionError } from "./errors.js";
export { splitSentences } from "./split-sentences.js";
export { lookupCountry, mayStartCountryName } from "./country-gazetteer.js";
export { entityDirectory } from "./corpus-entities.js";
export { overlaps, OverlapIndex, type Span } from "./spans.js";
export { explainMentions, type DocumentTrace } from "./explain.js";

/**
 * One document's extraction with the typed spans its mentions were resolved from (before resolution),
 * which the store keeps so that the corpus can resolve the document again with the names typed in
 * all the others. Without `spans` (a document stored before they were kept) its mentions stand as they are.
 */
export interface ResolvableDocument extends ExtractedDocument {
  spans?: Span[];
}

interface TypedDocument {
  doc: SourceDocument;
  sentences: ExtractedDocument["sentences"];
  spans: Span[];
  /** Names of things a rule decided are no entity ("the film Vera Drake"): `Span.thing`. */
  things: Span[];
}

/** Adds to the trace each span a later step retyped ("Xi Jinping met ...": unknown, then a person by context). */
function traceRetyped(trace: DocumentTrace | undefined, step: string, before: Span[], after: Span[]): void {
  for (const s of after) if (!before.some((b) => b.start === s.start && b.end === s.end && b.kind === s.kind)) trace?.retyped.push({ rule: step, start: s.start, end: s.end, spans: [s] });
}

/** Every step up to typed spans: sentences, one compromise parse, candidates, lists, types, people by context; with `trace`, their rules' decisions. */
function typeSpans(doc: SourceDocument, opts: ExtractOptions, trace?: DocumentTrace): TypedDocument {
  if (typeof doc?.text !== "string") throw new InvalidDocumentError(`extractDocument: document "${doc?.id}" has no text; pass { id, path, text }`);
  const text = doc.text;
  const sentences = splitSentences(text);
  const terms = parseTerms(text, sentences);
  const candidates = splitLists(text, terms, findCandidates(text, terms, sentences));
  const base = { text, terms, demonymsAsCountries: opts.demonymsAsCountries };
  const classified = classifyCandidates(base, candidates, trace?.typed);
  const all = withStormNames(opts.tagger ? withTaggerSpans(text, sentences, classified, (start, end) => classifyCharRange(base, sentences, start, end)) : classified);
  const typed = all.filter((s) => !s.thing);
  const spans = inferPersons({ text, terms }, typed);
  if (trace) {
    traceRetyped(trace, "tagger", classified, typed);
    traceRetyped(trace, "infer-persons", typed, spans);
  }
  return { doc, sentences, spans, things: all.filter((s) => s.thing) };
}

/** Resolves one document's spans to mentions and entities, with the names typed across the corpus if given. */
function resolveDocument({ doc, sentences, spans }: TypedDocument, opts: ExtractOptions, corpus?: KnownNames, trace?: DocumentTrace): ExtractedDocument {
  const { mentions, entities } = resolveEntities(doc.text, spans, opts, corpus, trace?.resolved);
  const out: ExtractedDocument = { id: doc.id, path: doc.path, text: doc.text, sentences, mentions, entities };
  if (doc.title !== undefined) out.title = doc.title;
  if (doc.published !== undefined) out.published = doc.published;
  return out;
}

/** Extracts sentences, mentions and entities from one document, resolved within it alone. */
export function extractDocument(doc: SourceDocument, options?: Partial<ExtractOptions>): ExtractedDocument {
  const opts = resolveExtractOptions(options);
  return resolveDocument(typeSpans(doc, opts), opts);
}

/** `extractDocument`, keeping the typed spans for `resolveCorpus` (what ingestion stores). */
export function extractWithSpans(doc: SourceDocument, options?: Partial<ExtractOptions>): ResolvableDocument {
  const opts = resolveExtractOptions(options);
  const typed = typeSpans(doc, opts);
  // Copied before resolving: resolution writes a role onto the span after a title ("President" -> "Xi").
  const spans = [...typed.spans, ...typed.things].map((s) => ({ ...s }));
  return { ...resolveDocument(typed, opts), spans };
}

/**
 * Resolves entities across documents, the one place every path does it (`build`, `extract` and `eval`
 * through a corpus in memory, `ingest` and `serve` through the stored one). Each document with spans is
 * resolved again with the names typed in any document, so a bare word with no cue of its own resolves
 * to a name typed elsewhere ("Assad" -> the person of "the Assad regime", "Daesh" -> the group of
 * "fighters of Daesh", "Chelsea" -> the club of "Chelsea boss Jose Mourinho"); then a bare "Putin"
 * merges into the "Vladimir Putin" of another article when unambiguous. Mentions' `entity` ids are
 * rewritten and aliases merged accordingly. The result depends on the order of `docs` only through
 * which document names an entity first (the corpus passes them oldest first, then by id). `traces[i]`,
 * when given, records the rules that resolved `docs[i]` (`traceCorpus`).
 */
export function resolveCorpus(docs: readonly ResolvableDocument[], options?: Partial<ExtractOptions>, traces?: readonly DocumentTrace[]): ExtractedDocument[] {
  const opts = resolveExtractOptions(options);
  const own = docs.map(({ spans: _spans, ...d }): ExtractedDocument => d);
  if (!opts.resolveAcrossDocuments) return own;
  const thingLabelSet = thingLabels(docs);
  const entitySpans = docs.map((d) => d.spans?.filter((s) => !s.thing && !(s.proposed && thingLabelSet.has(foldText(s.label)))));
  const corpus = emptyNames();
  for (const spans of entitySpans) if (spans) addNames(corpus, spans, true);
  const resolved = docs.map((d, i) => {
    const spans = entitySpans[i];
    return spans ? resolveDocument({ doc: d, sentences: d.sentences, spans: spans.map((s) => ({ ...s })), things: [] }, opts, corpus, traces?.[i]) : own[i];
  });
  return withoutOutletReferences(mergeAcrossDocuments(withoutThings(resolved, thingNames(docs))));
}

/**
 * A typed document as `resolveCorpus` reads it: its spans, and no mentions of its own yet, since the corpus
 * resolves every document with spans again: resolving each alone first was work thrown away.
 */
function unresolved(t: TypedDocument): ResolvableDocument {
  return { ...t.doc, sentences: t.sentences, mentions: [], entities: {}, spans: [...t.spans, ...t.things] };
}

/** Extracts every document, then resolves them across the batch with `resolveCorpus` (each alone when that is off). */
export function extractCorpus(docs: readonly SourceDocument[], options?: Partial<ExtractOptions>): ExtractedDocument[] {
  const opts = resolveExtractOptions(options);
  if (!opts.resolveAcrossDocuments) return docs.map((d) => extractDocument(d, opts));
  return resolveCorpus(
    docs.map((d) => unresolved(typeSpans(d, opts))),
    opts,
  );
}

/**
 * The rules behind every document's mentions, for `entente extract --explain`: each document typed with a
 * trace, then resolved by `resolveCorpus` (pass `docs` in the corpus's order, oldest first, then by id, for
 * the trace to be the one of the graph), or within each document alone when resolution across them is off.
 */
export function traceCorpus(docs: readonly SourceDocument[], options?: Partial<ExtractOptions>): DocumentTrace[] {
  const opts = resolveExtractOptions(options);
  const traces = docs.map(emptyTrace);
  const typed = docs.map((d, i) => typeSpans(d, opts, traces[i]));
  if (!opts.resolveAcrossDocuments) typed.forEach((t, i) => resolveDocument(t, opts, undefined, traces[i]));
  // Only the spans count for resolveCorpus: the mentions of each document alone are not needed here.
  else resolveCorpus(typed.map(unresolved), opts, traces);
  return traces;
}
