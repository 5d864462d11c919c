/** JSON Schemas of the API's bodies (components.schemas), written after the shapes of server/src/types.ts. */
import { ENTITY_TYPES } from "../../types.js";
import type { JsonSchema } from "./types.js";

/** A reference to one of the schemas below (the document validator fails on a dangling one). */
export function ref(name: string): JsonSchema {
  return { $ref: `#/components/schemas/${name}` };
}

const count = { type: "integer", minimum: 0 };
const text = { type: "string" };
const date = { type: "string", format: "date" };

/**
 * An object whose listed properties are all required except `optional`. Closed
 * (`additionalProperties: false`) so that a field the server adds without describing it
 * fails the contract tests instead of drifting silently.
 */
export function object(properties: Record<string, JsonSchema>, optional: string[] = [], description?: string): JsonSchema {
  return {
    type: "object",
    ...(description && { description }),
    properties,
    required: Object.keys(properties).filter((p) => !optional.includes(p)),
    additionalProperties: false,
  };
}

const entityType = { type: "string", enum: [...ENTITY_TYPES], description: "The kind of entity." };
const entityId = { type: "string", description: "Node id `<type>:<slug>`, e.g. `person:vladimir-putin`." };

const entityAttributes = object(
  {
    label: text,
    type: entityType,
    mentions: count,
    documents: count,
    aliases: { type: "array", items: text },
    firstSeen: date,
    lastSeen: date,
    x: { type: "number" },
    y: { type: "number" },
    size: { type: "number" },
    color: text,
  },
  ["firstSeen", "lastSeen", "x", "y", "size", "color"],
);

const edgeAttributes = object(
  {
    weight: { ...count, description: "Sentences in which both entities occur." },
    documents: { ...count, description: "Distinct documents with such a sentence." },
    npmi: { type: "number", minimum: -1, maximum: 1, description: "Normalized PMI over sentences: discounts hubs." },
    firstSeen: date,
    lastSeen: date,
    size: { type: "number" },
    color: text,
  },
  ["firstSeen", "lastSeen", "size", "color"],
  "Edge attributes; the evidence is left out of GET /api/graph (see the evidence route).",
);

const evidenceList = { type: "array", items: ref("Evidence") };

const curationAction: JsonSchema = {
  description: "An analyst's correction, stored and re-applied to every later ingestion.",
  oneOf: [
    object({ kind: { const: "merge" }, entity: entityId, into: entityId }),
    object({ kind: { const: "rename" }, entity: entityId, label: { type: "string", minLength: 1 } }),
    object({ kind: { const: "retype" }, entity: entityId, type: entityType }),
    object({ kind: { const: "hide" }, entity: entityId }),
    object({ kind: { const: "unhide" }, entity: entityId }),
  ],
};

/** A string field that must hold something besides blanks (the server trims it). */
const nonBlank = { type: "string", pattern: "\\S" };
const optionalText = { type: ["string", "null"] };

export const SCHEMAS = {
  Error: object({ error: { type: "string", minLength: 1, description: "What was wrong, naming the route and the field." } }, [], "Every 4xx and 5xx answer."),
  EntityType: entityType,
  Status: object(
    {
      readOnly: { type: "boolean", description: "Every write answers 403." },
      writesNeedToken: { type: "boolean", description: "Writes need `Authorization: Bearer TOKEN`." },
      readsNeedToken: { type: "boolean", description: "Reads need it too." },
    },
    [],
    "How the server was started, so that a client can leave out what it may not do.",
  ),
  EntitySummary: object({
    id: entityId,
    label: text,
    type: entityType,
    mentions: count,
    documents: count,
    degree: count,
    aliases: { type: "array", items: text },
  }),
  Evidence: object(
    {
      document: { ...text, description: "The document id (GET /api/documents/{id} reads it)." },
      sentence: { ...count, description: "Index of the sentence in the document's sentences." },
      text,
      title: { ...text, description: "The document's title, when known." },
      outlet: { ...text, description: "The document's outlet, when known." },
      published: { ...date, description: "The document's publication date, when known." },
    },
    ["title", "outlet", "published"],
    "One sentence behind an edge, with its document's title, outlet and date.",
  ),
  SerializedGraph: object(
    {
      attributes: object(
        { name: text, documents: count, sentences: count, firstSeen: date, lastSeen: date },
        ["name", "documents", "sentences", "firstSeen", "lastSeen"],
      ),
      options: object({ type: text, multi: { type: "boolean" }, allowSelfLoops: { type: "boolean" } }, ["type", "multi", "allowSelfLoops"]),
      nodes: { type: "array", items: object({ key: entityId, attributes: entityAttributes }) },
      edges: {
        type: "array",
        items: object({ key: text, source: entityId, target: entityId, undirected: { type: "boolean" }, attributes: edgeAttributes }, ["key", "undirected"]),
      },
    },
    [],
    "graphology's serialized form (`graph.export()`), evidence left out.",
  ),
  EntitySearch: object({ query: text, total: count, results: { type: "array", items: ref("EntitySummary") } }),
  Neighbors: object({
    entity: ref("EntitySummary"),
    total: { ...count, description: "Neighbors matching the filters, before the limit." },
    neighbors: {
      type: "array",
      items: object({ id: entityId, label: text, type: entityType, weight: count, documents: count, npmi: { type: "number" } }),
    },
  }),
  EdgeEvidence: object({ source: ref("EntitySummary"), target: ref("EntitySummary"), weight: count, documents: count, evidence: evidenceList }),
  Path: object({
    from: entityId,
    to: entityId,
    nodes: { type: "array", items: ref("EntitySummary"), description: "The entities along the path, `from` first; empty when not connected." },
    hops: { type: "array", items: object({ source: entityId, target: entityId, weight: count, evidence: evidenceList }) },
  }),
  DocumentRecord: {
    ...object(
      {
        id: { type: ["string", "number", "null"], description: "Defaults to `doc-<first 12 hex digits of the content hash>`." },
        title: optionalText,
        text: { ...nonBlank, description: "The article text; must not be blank." },
        url: optionalText,
        outlet: { ...optionalText, description: "The publisher (e.g. Reuters)." },
        source: { ...optionalText, deprecated: true, description: "Deprecated name of `outlet`, still accepted; `outlet` wins when both are given." },
        published: { ...optionalText, description: "A date in a common form (2022-09-16, September 16, 2022), kept as YYYY-MM-DD." },
      },
      ["id", "title", "url", "outlet", "source", "published"],
    ),
    // Records are also read from .json files, which may carry fields of their own.
    additionalProperties: true,
  },
  Ingest: object({
    added: { type: "array", items: object({ id: text, entities: { type: "array", items: object({ id: entityId, label: text, type: entityType }) } }) },
    skipped: {
      type: "array",
      description: "Records not stored, with the reason (e.g. a duplicate of a stored document).",
      items: object({ id: text, index: { type: "integer", minimum: -1 }, reason: text }, ["id"]),
    },
  }),
  DocumentSummary: object(documentSummaryProperties(), ["title", "outlet", "category", "url", "published"]),
  DocumentList: object({
    total: { ...count, description: "Documents matching the filters, before offset and limit." },
    offset: count,
    documents: { type: "array", items: ref("DocumentSummary") },
  }),
  DocumentFacets: object(
    {
      total: { ...count, description: "Documents matching the filters." },
      undated: { ...count, description: "Of those, the documents without a known publication date (not counted in days)." },
      days: { type: "array", description: "Documents per publication day, oldest first.", items: object({ date, count: { ...count, minimum: 1 } }) },
      outlets: { type: "array", description: "Documents per outlet, most first; documents without one are left out.", items: object({ name: text, count: { ...count, minimum: 1 } }) },
      categories: { type: "array", description: "Documents per category (the folder a file was read from), most first.", items: object({ name: text, count: { ...count, minimum: 1 } }) },
    },
    [],
    "How the matching documents spread over time, outlets and categories.",
  ),
  Document: object(
    {
      ...documentSummaryProperties(),
      text,
      sentences: {
        type: "array",
        items: object({ start: count, end: count, paragraph: count, cut: { type: "boolean", description: "A piece of an overlong run of text cut at the sentence length limit." } }, ["cut"]),
      },
      mentions: {
        type: "array",
        description: "Character offsets (JavaScript string indices) into `text`; entity ids after resolution and curation.",
        items: object({ start: count, end: count, text, type: entityType, entity: entityId, sentence: count }),
      },
    },
    ["title", "outlet", "category", "url", "published"],
  ),
  CurationAction: curationAction,
  CurationDecision: object({ seq: count, action: ref("CurationAction"), at: { type: "string", format: "date-time" } }),
  Curation: object(
    {
      decision: ref("CurationDecision"),
      entity: { ...ref("EntitySummary"), description: "The entity after the decision; absent when hidden or merged away." },
    },
    ["decision", "entity"],
  ),
  CurationFile: object(
    { entente: { const: "curation" }, version: { const: 1 }, decisions: { type: "array", items: ref("CurationAction") } },
    [],
    "The curation file: GET /api/curation answers it, POST /api/curation/import takes it back.",
  ),
} satisfies Record<string, JsonSchema>;

function documentSummaryProperties(): Record<string, JsonSchema> {
  return {
    id: text,
    title: text,
    path: { ...text, description: "Where the document was read from: its file path relative to the input named (`seeds/000_x.txt`), an uploaded file's name, or `api`." },
    outlet: { ...text, description: "The publisher (e.g. Reuters)." },
    category: { ...text, description: "The folder the file was read from (`business` for `bbc/business/012.txt`); absent for a file named directly or a posted record." },
    url: text,
    published: date,
    hash: { type: "string", pattern: "^[0-9a-f]{64}$", description: "sha256 of the normalized text." },
    addedAt: { type: "string", format: "date-time" },
    sentenceCount: count,
    mentionCount: count,
  };
}
