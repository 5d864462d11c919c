/** The ingest edge's one text normalisation: every string of a document made well-formed before any offset or hash is taken. */
import { wellFormed } from "../safe-text.js";
import type { SourceDocument } from "../types.js";

/**
 * The document with lone surrogates in each string field replaced by U+FFFD, one code unit
 * each. A JSON "\ud800" escape or an HTML character reference can make one; stored as UTF-8 it
 * would come back three characters long and move every later mention off its name.
 */
export function wellFormedDocument<D extends SourceDocument>(doc: D): D {
  const out = { ...doc } as Record<string, unknown>;
  for (const [key, value] of Object.entries(doc)) if (typeof value === "string") out[key] = wellFormed(value);
  return out as D;
}
