/**
 * The document list's parameters (q, outlet, category, from, to, undated, entity, neighbor, sort)
 * read into a store filter. The store answers the text, outlet, category and date questions in
 * SQL; which documents mention an entity, or hold a sentence of a pair, is the graph's knowledge
 * (after resolution across documents and curation), handed to the store as a set of ids.
 */
import { API_LIMITS } from "../config.js";
import type { DocumentFilter } from "../store/index.js";
import { DOCUMENT_SORTS, type DocumentSort, type ExtractedDocument } from "../types.js";
import { InvalidInputError } from "./errors.js";
import { requireEntity, type ApiContext } from "./graph-context.js";
import { dateRange, text } from "./params.js";

type Query = Record<string, unknown>;

/** Documents per entity id, built once per derivation of the curated documents (the array changes with it). */
const mentionIndex = new WeakMap<readonly ExtractedDocument[], Map<string, string[]>>();

function documentsMentioning(curated: readonly ExtractedDocument[], entity: string): string[] {
  let index = mentionIndex.get(curated);
  if (!index) {
    index = new Map();
    for (const doc of curated) {
      for (const id of new Set(doc.mentions.map((m) => m.entity))) {
        const list = index.get(id);
        if (list) list.push(doc.id);
        else index.set(id, [doc.id]);
      }
    }
    mentionIndex.set(curated, index);
  }
  return index.get(entity) ?? [];
}

/** The ids of the documents an `entity` (and `neighbor`) filter keeps, or undefined without one. */
function documentsOf(ctx: ApiContext, route: string, entity: string | undefined, neighbor: string | undefined): string[] | undefined {
  if (neighbor !== undefined && entity === undefined) throw new InvalidInputError(`${route}: neighbor needs entity (the pair is entity and neighbor)`);
  if (entity === undefined) return undefined;
  const graph = ctx.corpus.graph;
  requireEntity(graph, route, entity);
  if (neighbor === undefined) return documentsMentioning(ctx.corpus.curatedDocuments(), entity);
  requireEntity(graph, route, neighbor);
  // The pair's documents are those of its evidence: a sentence (or paragraph) holding both, as the edge counts them.
  const edge = graph.edge(entity, neighbor);
  return edge === undefined ? [] : [...new Set((graph.getEdgeAttribute(edge, "evidence") ?? []).map((e) => e.document))];
}

/** One short text parameter, refused above the search box's length. */
function shortText(route: string, query: Query, name: string): string | undefined {
  const value = text(route, query, name);
  if (value !== undefined && value.length > API_LIMITS.searchQueryMax) {
    throw new InvalidInputError(`${route}: ${name} has ${value.length} characters, over the limit of ${API_LIMITS.searchQueryMax}`);
  }
  return value;
}

/** The filter a request of the document list (or, `dates: false`, of its facets, which span every date) asks for. */
export function documentFilter(ctx: ApiContext, route: string, query: Query, { dates = true } = {}): DocumentFilter {
  const filter: DocumentFilter = dates ? { ...dateRange(route, query) } : {};
  const q = shortText(route, query, "q");
  const outlet = shortText(route, query, "outlet");
  const category = shortText(route, query, "category");
  if (q !== undefined) filter.q = q;
  if (outlet !== undefined) filter.outlet = outlet;
  if (category !== undefined) filter.category = category;
  const ids = documentsOf(ctx, route, text(route, query, "entity"), text(route, query, "neighbor"));
  if (ids !== undefined) filter.ids = ids;
  return filter;
}

/** The `sort` parameter: newest first unless asked otherwise. */
export function documentSort(route: string, query: Query): DocumentSort {
  const sort = text(route, query, "sort") ?? DOCUMENT_SORTS[0];
  if (!(DOCUMENT_SORTS as readonly string[]).includes(sort)) throw new InvalidInputError(`${route}: sort must be one of ${DOCUMENT_SORTS.join(", ")}, got "${sort}"`);
  return sort as DocumentSort;
}

