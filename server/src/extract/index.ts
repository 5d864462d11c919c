/**
 * entente's extractor: English news text -> sentences, and mentions of people,
 * countries and organizations resolved to entities. The pipeline is a list of
 * small steps, each a plain function in its own file:
 *   split-sentences -> parse-terms (compromise, once) -> candidate-spans -> split-lists
 *   -> classify-spans (type cues, country gazetteer, clean labels) -> resolve-entities
 *   and, over a corpus, resolve-corpus.
 */
import type { ExtractedDocument, SourceDocument } from "../types.js";
import { resolveExtractOptions, type ExtractOptions } from "./options.js";
import { InvalidDocumentError } from "./errors.js";
import { splitSentences } from "./split-sentences.js";
import { parseTerms } from "./parse-terms.js";
import { findCandidates } from "./candidate-spans.js";
import { splitLists } from "./split-lists.js";
import { classifyCandidates } from "./classify-spans.js";
import { resolveEntities } from "./resolve-entities.js";
import { resolveCorpus } from "./resolve-corpus.js";

export { entityId, slugify } from "./entity-id.js";
export { DEFAULT_EXTRACT_OPTIONS, type ExtractOptions } from "./options.js";
export { InvalidDocumentError, InvalidExtractOptionError } from "./errors.js";
export { splitSentences } from "./split-sentences.js";
export { lookupCountry } from "./country-gazetteer.js";
export { resolveCorpus } from "./resolve-corpus.js";

/** Extracts sentences, mentions and entities from one document. */
export function extractDocument(doc: SourceDocument, options?: Partial<ExtractOptions>): ExtractedDocument {
  const opts = resolveExtractOptions(options);
  if (typeof doc?.text !== "string") throw new InvalidDocumentError(`extractDocument: document "${doc?.id}" has no text; pass { id, source, text }`);
  const text = doc.text;
  const sentences = splitSentences(text);
  const terms = parseTerms(text, sentences);
  const candidates = splitLists(text, terms, findCandidates(text, terms, sentences));
  const spans = classifyCandidates({ text, terms, demonymsAsCountries: opts.demonymsAsCountries }, candidates);
  const { mentions, entities } = resolveEntities(text, spans, opts);
  const out: ExtractedDocument = { id: doc.id, source: doc.source, text, sentences, mentions, entities };
  if (doc.title !== undefined) out.title = doc.title;
  if (doc.published !== undefined) out.published = doc.published;
  return out;
}

/**
 * Extracts every document, then resolves entities across documents (a bare "Putin"
 * in one article -> person:vladimir-putin seen in another, when unambiguous).
 * Mentions' `entity` ids are rewritten and aliases merged accordingly.
 */
export function extractCorpus(docs: SourceDocument[], options?: Partial<ExtractOptions>): ExtractedDocument[] {
  const opts = resolveExtractOptions(options);
  const extracted = docs.map((d) => extractDocument(d, opts));
  return opts.resolveAcrossDocuments ? resolveCorpus(extracted) : extracted;
}
