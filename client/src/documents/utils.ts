/** The documents list's pure part: edits to its view state, and the words for what it lists. */
import type { DocumentsView } from "../state";

/** The fields of a documents view, in the order the list's controls show them. */
const VIEW_FIELDS = ["q", "outlet", "category", "from", "to", "undated", "entity", "neighbor", "sort"] as const;

/** `view` with `patch` applied and every emptied field removed (so equal lists encode to equal links). */
export function editView(view: DocumentsView, patch: Partial<Record<keyof DocumentsView, string | undefined>>): DocumentsView {
  const next: Record<string, string> = {};
  for (const field of VIEW_FIELDS) {
    const value = field in patch ? patch[field] : view[field];
    if (value !== undefined && value !== "") next[field] = value;
  }
  // "newest" is the default order, and a neighbor alone is no pair.
  if (next.sort === "newest") delete next.sort;
  if (next.neighbor && !next.entity) delete next.neighbor;
  if (next.from && next.to && next.from > next.to) [next.from, next.to] = [next.to, next.from];
  return next as DocumentsView;
}

/** What the list holds, in words: "12 documents mentioning Vladimir Putin", "3 documents with Putin and Xi Jinping". */
export function listTitle(total: number, view: DocumentsView, labelOf: (entity: string) => string): string {
  const count = `${total.toLocaleString("en-US")} document${total === 1 ? "" : "s"}`;
  if (view.entity && view.neighbor) return `${count} with ${labelOf(view.entity)} and ${labelOf(view.neighbor)} in one sentence`;
  if (view.entity) return `${count} mentioning ${labelOf(view.entity)}`;
  return count;
}
