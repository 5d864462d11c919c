/**
 * The deep-link codec: the view state to and from a URL hash such as
 * `#s=person%3Avladimir-putin&types=person,country&minw=2&color=community&cam=0.5,0.5,0.3`.
 * Only what differs from the defaults is written; whatever does not parse falls back to them.
 */
import { ENTITY_TYPES, type EntityType } from "../../../server/src/types";
import { COLOR_BY, DEFAULT_VIEW, RANK_BY, SIZE_BY, type ColorBy, type DocumentsView, type RankBy, type SizeBy, type ViewState } from "../state";
import { sameFilters } from "../state/utils";

/** Digits kept for camera coordinates: framed-graph units span [0, 1], so 1e-4 is sub-pixel. */
const CAMERA_DIGITS = 4;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

function round(value: number): string {
  return String(Number(value.toFixed(CAMERA_DIGITS)));
}

export function encodeView(view: ViewState): string {
  const params = new URLSearchParams();
  if (view.selected !== null) params.set("s", view.selected);
  if (view.selected !== null && view.evidenceWith !== null) params.set("ev", view.evidenceWith);
  if (view.selected !== null && view.ego) params.set("ego", "1");
  if (view.path !== null) {
    params.set("pf", view.path.from);
    params.set("pt", view.path.to);
  }
  const { filters } = view;
  if (!sameFilters(filters, DEFAULT_VIEW.filters)) {
    if (filters.types.length !== ENTITY_TYPES.length) params.set("types", filters.types.join(","));
    if (filters.minWeight !== DEFAULT_VIEW.filters.minWeight) params.set("minw", String(filters.minWeight));
    if (filters.minDegree !== DEFAULT_VIEW.filters.minDegree) params.set("mindeg", String(filters.minDegree));
    if (filters.hideIsolated) params.set("iso", "hide");
    if (filters.topN !== DEFAULT_VIEW.filters.topN) params.set("top", String(filters.topN));
    if (filters.rankBy !== DEFAULT_VIEW.filters.rankBy) params.set("rank", filters.rankBy);
    if (filters.minMentions !== DEFAULT_VIEW.filters.minMentions) params.set("minm", String(filters.minMentions));
    if (filters.minNpmi !== DEFAULT_VIEW.filters.minNpmi) params.set("npmi", String(filters.minNpmi));
  }
  if (view.labels !== DEFAULT_VIEW.labels) params.set("labels", String(view.labels));
  if (view.colorBy !== DEFAULT_VIEW.colorBy) params.set("color", view.colorBy);
  if (view.sizeBy !== DEFAULT_VIEW.sizeBy) params.set("size", view.sizeBy);
  if (view.dateRange.from) params.set("from", view.dateRange.from);
  if (view.dateRange.to) params.set("to", view.dateRange.to);
  if (view.dateRange.undated === "exclude") params.set("undated", "exclude");
  if (view.documents !== null) encodeDocuments(params, view.documents);
  if (view.reader !== null) {
    params.set("doc", view.reader.document);
    if (view.reader.sentence !== null) params.set("sent", String(view.reader.sentence));
  }
  if (view.camera !== null) params.set("cam", [view.camera.x, view.camera.y, view.camera.ratio].map(round).join(","));
  const text = params.toString();
  return text ? `#${text}` : "";
}

/** The documents list's fields and their names in the hash (`docs=1` opens the list). */
const DOCUMENT_KEYS = { q: "dq", outlet: "dout", category: "dcat", from: "dfrom", to: "dto", entity: "dent", neighbor: "dnb" } as const;
const DOCUMENT_SORTS = ["newest", "oldest", "title"] as const;

function encodeDocuments(params: URLSearchParams, documents: DocumentsView): void {
  params.set("docs", "1");
  for (const [field, key] of Object.entries(DOCUMENT_KEYS) as [keyof typeof DOCUMENT_KEYS, string][]) {
    const value = documents[field];
    if (value) params.set(key, value);
  }
  if (documents.undated === "exclude") params.set("dund", "exclude");
  if (documents.sort && documents.sort !== "newest") params.set("dsort", documents.sort);
}

function decodeDocuments(params: URLSearchParams): DocumentsView | null {
  if (params.get("docs") !== "1") return null;
  const documents: DocumentsView = {};
  for (const [field, key] of Object.entries(DOCUMENT_KEYS) as [keyof typeof DOCUMENT_KEYS, string][]) {
    const value = params.get(key);
    if (!value) continue;
    // Dates that do not parse are dropped rather than sent to the API, which would refuse them.
    if ((field === "from" || field === "to") && !DATE.test(value)) continue;
    documents[field] = value;
  }
  if (documents.neighbor && !documents.entity) delete documents.neighbor;
  if (params.get("dund") === "exclude") documents.undated = "exclude";
  const sort = params.get("dsort");
  if (sort && sort !== "newest" && (DOCUMENT_SORTS as readonly string[]).includes(sort)) documents.sort = sort as DocumentsView["sort"];
  return documents;
}

function nonNegativeInt(value: string | null, fallback: number): number {
  if (value === null || !/^\d{1,6}$/.test(value)) return fallback;
  return Number(value);
}

/** A number within [min, max], else the fallback (NPMI bounds, label density). */
function bounded(value: string | null, [min, max]: [number, number], fallback: number): number {
  if (value === null || value.trim() === "") return fallback;
  const number = Number(value);
  return Number.isFinite(number) && number >= min && number <= max ? number : fallback;
}

/** Bounds of the label density multiplier, shared with its control. */
export const LABELS_RANGE: [number, number] = [0.25, 4];

function oneOf<T extends string>(value: string | null, allowed: readonly T[], fallback: T): T {
  return allowed.includes(value as T) ? (value as T) : fallback;
}

/** Reads a hash (with or without `#`) into a full view state. */
export function decodeView(hash: string): ViewState {
  const params = new URLSearchParams(hash.replace(/^#/, ""));
  const selected = params.get("s") || null;
  const types = params.has("types")
    ? (params.get("types") ?? "").split(",").filter((type): type is EntityType => (ENTITY_TYPES as readonly string[]).includes(type))
    : [...DEFAULT_VIEW.filters.types];
  const from = params.get("pf");
  const to = params.get("pt");
  const camera = (params.get("cam") ?? "").split(",").map(Number);
  const dateFrom = params.get("from") ?? "";
  const dateTo = params.get("to") ?? "";
  const reader = params.get("doc");
  const sentence = params.get("sent");
  return {
    selected,
    evidenceWith: selected !== null ? params.get("ev") || null : null,
    ego: selected !== null && params.get("ego") === "1",
    path: from && to ? { from, to } : null,
    filters: {
      types,
      minWeight: Math.max(1, nonNegativeInt(params.get("minw"), DEFAULT_VIEW.filters.minWeight)),
      minDegree: nonNegativeInt(params.get("mindeg"), DEFAULT_VIEW.filters.minDegree),
      hideIsolated: params.get("iso") === "hide",
      topN: nonNegativeInt(params.get("top"), DEFAULT_VIEW.filters.topN),
      rankBy: oneOf<RankBy>(params.get("rank"), RANK_BY, DEFAULT_VIEW.filters.rankBy),
      minMentions: Math.max(1, nonNegativeInt(params.get("minm"), DEFAULT_VIEW.filters.minMentions)),
      minNpmi: bounded(params.get("npmi"), [-1, 1], DEFAULT_VIEW.filters.minNpmi),
    },
    colorBy: oneOf<ColorBy>(params.get("color"), COLOR_BY, DEFAULT_VIEW.colorBy),
    sizeBy: oneOf<SizeBy>(params.get("size"), SIZE_BY, DEFAULT_VIEW.sizeBy),
    dateRange: {
      ...(DATE.test(dateFrom) ? { from: dateFrom } : {}),
      ...(DATE.test(dateTo) ? { to: dateTo } : {}),
      ...(params.get("undated") === "exclude" ? { undated: "exclude" as const } : {}),
    },
    camera:
      camera.length === 3 && camera.every(Number.isFinite) && camera[2] > 0 ? { x: camera[0], y: camera[1], ratio: camera[2] } : null,
    labels: bounded(params.get("labels"), LABELS_RANGE, DEFAULT_VIEW.labels),
    documents: decodeDocuments(params),
    reader: reader ? { document: reader, sentence: sentence !== null && /^\d{1,6}$/.test(sentence) ? Number(sentence) : null } : null,
  };
}
