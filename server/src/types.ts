/**
 * The one place for entente's shared shapes: extraction output, graph
 * attributes and the HTTP API's requests and responses. The server implements
 * these; the client imports them with `import type` only.
 */

/** The three kinds of entity entente extracts. */
export type EntityType = "person" | "country" | "organization";
export const ENTITY_TYPES: readonly EntityType[] = ["person", "country", "organization"];

/** A document as read from disk or posted to the API, before extraction. */
export interface SourceDocument {
  /** Stable id: the file name without extension for files, or given by the caller. */
  id: string;
  /**
   * Where the text was read from: the file's path relative to the input named (`seeds/000_x.txt`),
   * the uploaded file's name, or `api` for a posted record. Never the outlet (that is `outlet`).
   */
  path: string;
  text: string;
  title?: string;
  url?: string;
  outlet?: string;
  /** ISO date (YYYY-MM-DD) when known. */
  published?: string;
}

/** A sentence of a document, as character offsets into its text. */
export interface SentenceSpan {
  start: number;
  end: number;
  /** Index of the paragraph (blank-line separated block) holding the sentence. */
  paragraph: number;
  /**
   * Set when the sentence is a piece of a longer run of text cut at the sentence length limit
   * (`EXTRACTION_LIMITS.maxSentenceChars`): 100 KB of names with no stop, never a real sentence.
   */
  cut?: boolean;
}

/** One occurrence of an entity in a document. Offsets are JS string indices. */
export interface Mention {
  start: number;
  end: number;
  /** The surface form exactly as in the text (text.slice(start, end)). */
  text: string;
  type: EntityType;
  /** Node id of the entity this mention was resolved to (`<type>:<slug>`). */
  entity: string;
  /** Index of the sentence (in `sentences`) that holds the mention. */
  sentence: number;
}

/** An entity as known after extraction of one or more documents. */
export interface ExtractedEntity {
  id: string;
  label: string;
  type: EntityType;
  /** Every distinct surface form (cleaned) the entity was seen under. */
  aliases: string[];
}

/** The extractor's output for one document. */
export interface ExtractedDocument {
  id: string;
  /** As `SourceDocument.path`. */
  path: string;
  title?: string;
  published?: string;
  text: string;
  sentences: SentenceSpan[];
  mentions: Mention[];
  /** Entities this document mentions, keyed by id. */
  entities: Record<string, ExtractedEntity>;
}

/** Node attributes of the co-occurrence graph. */
export interface EntityAttributes {
  label: string;
  type: EntityType;
  /** Number of mentions across the corpus. */
  mentions: number;
  /** Number of distinct documents that mention it. */
  documents: number;
  aliases: string[];
  /** Earliest and latest published date (YYYY-MM-DD) of a document mentioning it, when known. */
  firstSeen?: string;
  lastSeen?: string;
  /** Optional layout/display attributes (set by the viewer or layout). */
  x?: number;
  y?: number;
  size?: number;
  color?: string;
}

/** One sentence that is evidence for an edge. */
export interface Evidence {
  document: string;
  sentence: number;
  text: string;
  /**
   * The document's title, outlet and date, when known: added to the API's evidence answers (edge
   * evidence, path hops) from the store at answer time, never kept on the graph's edges.
   */
  title?: string;
  outlet?: string;
  published?: string;
}

/** Edge attributes of the co-occurrence graph. */
export interface EdgeAttributes {
  /** Number of sentences in which both entities occur. */
  weight: number;
  /** Number of distinct documents with such a sentence. */
  documents: number;
  /** Normalized PMI of the pair over sentences, in [-1, 1]: discounts hubs. */
  npmi: number;
  /** Earliest and latest published date (YYYY-MM-DD) of the evidence, when known. */
  firstSeen?: string;
  lastSeen?: string;
  /** The sentences behind the edge. Left out of `GET /api/graph`. */
  evidence?: Evidence[];
  size?: number;
  color?: string;
}

/** Graph-level attributes. */
export interface GraphAttributes {
  name: string;
  documents: number;
  sentences: number;
  /** Date range of the documents with a known published date. */
  firstSeen?: string;
  lastSeen?: string;
}

/* ------------------------------------------------------------------ */
/* HTTP API                                                            */
/* ------------------------------------------------------------------ */

/** Every 4xx/5xx answer of the API. */
export interface ApiError {
  error: string;
}

/** `GET /api/status`: how the server was started, so the viewer can hide what it may not do. */
export interface StatusResponse {
  /** Every write answers 403. */
  readOnly: boolean;
  /** Writes need `Authorization: Bearer TOKEN`. */
  writesNeedToken: boolean;
  /** Reads need it too. */
  readsNeedToken: boolean;
}

/** graphology's serialized form (what `graph.export()` returns). */
export interface SerializedGraphPayload {
  attributes: Partial<GraphAttributes>;
  options: { type?: string; multi?: boolean; allowSelfLoops?: boolean };
  nodes: { key: string; attributes: EntityAttributes }[];
  edges: { key?: string; source: string; target: string; undirected?: boolean; attributes: EdgeAttributes }[];
}

/** One entry of `GET /api/entities` and the body of `GET /api/entities/:id`. */
export interface EntitySummary {
  id: string;
  label: string;
  type: EntityType;
  mentions: number;
  documents: number;
  degree: number;
  aliases: string[];
}

/** `GET /api/entities?q=&type=&limit=` */
export interface EntitySearchResponse {
  query: string;
  total: number;
  results: EntitySummary[];
}

/** `GET /api/entities/:id` */
export type EntityResponse = EntitySummary;

/** One entry of `GET /api/entities/:id/neighbors`. */
export interface Neighbor {
  id: string;
  label: string;
  type: EntityType;
  weight: number;
  documents: number;
  npmi: number;
}

/** `GET /api/entities/:id/neighbors?type=&minWeight=&limit=` */
export interface NeighborsResponse {
  entity: EntitySummary;
  total: number;
  neighbors: Neighbor[];
}

/** `GET /api/edges/:source/:target/evidence` */
export interface EvidenceResponse {
  source: EntitySummary;
  target: EntitySummary;
  weight: number;
  documents: number;
  evidence: Evidence[];
}

/* ------------------------------------------------------------------ */
/* Documents and curation (store and API)                              */
/* ------------------------------------------------------------------ */

/** A document as listed by `GET /api/documents`. */
export interface DocumentSummary {
  id: string;
  title?: string;
  /** Where the document was read from (`seeds/000_x.txt`, an uploaded file's name, or `api`); stored in the column `source`. */
  path: string;
  /** The publisher (e.g. "Reuters"). */
  outlet?: string;
  /** The folder the file was read from (`business` for `bbc/business/012.txt`); absent for a file named directly or posted. */
  category?: string;
  url?: string;
  published?: string;
  /** sha256 of the normalized text: documents with the same hash are duplicates. */
  hash: string;
  /** ISO timestamp of ingestion. */
  addedAt: string;
  sentenceCount: number;
  mentionCount: number;
}

/**
 * What a date range does with documents without a known date (the `undated` parameter of the
 * routes taking `from`/`to`): kept whatever the range (`include`, the default), or left out.
 */
export type UndatedChoice = "include" | "exclude";
export const UNDATED_CHOICES: readonly UndatedChoice[] = ["include", "exclude"];

/** Orders of `GET /api/documents?sort=`: newest first (the default), oldest first (both with undated last), by title. */
export type DocumentSort = "newest" | "oldest" | "title";
export const DOCUMENT_SORTS: readonly DocumentSort[] = ["newest", "oldest", "title"];

/** The filters of `GET /api/documents` (and the facets route): absent fields do not filter. */
export interface DocumentQuery {
  /** Text in the title or the text. */
  q?: string;
  outlet?: string;
  /** The folder the file was read from (`business/012.txt` -> `business`). */
  category?: string;
  from?: string;
  to?: string;
  undated?: UndatedChoice;
  /** Documents that mention this entity... */
  entity?: string;
  /** ...in a sentence with this one (the pair's evidence). */
  neighbor?: string;
  sort?: DocumentSort;
}

/** `GET /api/documents?q=&outlet=&category=&from=&to=&undated=&entity=&neighbor=&sort=&offset=&limit=` */
export interface DocumentListResponse {
  /** Documents matching the filters, before paging. */
  total: number;
  offset: number;
  documents: DocumentSummary[];
}

/** `GET /api/document-facets?q=&outlet=&category=&entity=&neighbor=`: how the matching documents spread, for the timeline and the list's filters. */
export interface DocumentFacetsResponse {
  total: number;
  /** Documents without a known date (not in `days`). */
  undated: number;
  /** Documents per publication day, oldest first. */
  days: { date: string; count: number }[];
  /** Documents per outlet, most first (those without an outlet left out). */
  outlets: { name: string; count: number }[];
  /** Documents per category (the folder read from), most first. */
  categories: { name: string; count: number }[];
}

/** `GET /api/documents/:id`: the text with its sentences and mentions (entity ids after curation). */
export interface DocumentResponse extends DocumentSummary {
  text: string;
  sentences: SentenceSpan[];
  mentions: Mention[];
}

/** One record of `POST /api/documents` (JSON), also the `.json`/`.jsonl` file format. */
export interface DocumentRecord {
  id?: string;
  title?: string;
  text: string;
  url?: string;
  /** The publisher (e.g. "Reuters"). */
  outlet?: string;
  /** @deprecated Older name of `outlet`, still accepted in incoming records (`outlet` wins when both are given). */
  source?: string;
  published?: string;
}

/** `POST /api/documents` answer. */
export interface IngestResponse {
  added: { id: string; entities: { id: string; label: string; type: EntityType }[] }[];
  /** Records not stored, with the reason (e.g. "duplicate of <id>"). */
  skipped: { id?: string; index: number; reason: string }[];
}

/** One file of `POST /api/files`: its name (a relative path when a folder was dropped) and its bytes in base64. */
export interface FileUpload {
  name: string;
  /** The file's bytes, base64-encoded, so the server decodes them as the CLI does (UTF-8, UTF-16, Windows-1252). */
  content: string;
}

/** `POST /api/files` body. */
export interface FilesRequest {
  files: FileUpload[];
}

/** `POST /api/files` answer: the documents stored from each file, and what was skipped and why. */
export interface FilesResponse {
  added: { id: string; file: string; title?: string; published?: string; entities: { id: string; label: string; type: EntityType }[] }[];
  /** Files (or records of a .json/.jsonl file) not stored: binary, empty, too large, malformed, or a duplicate. */
  skipped: { file: string; id?: string; reason: string }[];
}

/** An analyst's correction, stored and re-applied to every later ingestion. */
export type CurationAction =
  | { kind: "merge"; entity: string; into: string }
  | { kind: "rename"; entity: string; label: string }
  | { kind: "retype"; entity: string; type: EntityType }
  | { kind: "hide"; entity: string }
  /** Takes back a hide at any time (undo only takes back the latest decision). */
  | { kind: "unhide"; entity: string };

export interface CurationDecision {
  /** Order of application (increasing). */
  seq: number;
  action: CurationAction;
  /** ISO timestamp. */
  at: string;
}

/** The curation file format (`GET /api/curation`, `POST /api/curation/import`). */
export interface CurationExport {
  entente: "curation";
  version: 1;
  decisions: CurationAction[];
}

/** One step of a shortest path, with the evidence for it. */
export interface PathHop {
  source: string;
  target: string;
  weight: number;
  evidence: Evidence[];
}

/** `GET /api/path?from=&to=` (edge length = 1 / weight: strong links are short). */
export interface PathResponse {
  from: string;
  to: string;
  /** The entities along the path, `from` first; empty when they are not connected. */
  nodes: EntitySummary[];
  hops: PathHop[];
}

/** Answer of the curation routes (`POST /api/entities/:id/merge|rename|retype|hide`, `POST /api/curation/undo`). */
export interface CurationResponse {
  decision?: CurationDecision;
  /** The entity as it is after the decision (absent when hidden or merged away). */
  entity?: EntitySummary;
}
