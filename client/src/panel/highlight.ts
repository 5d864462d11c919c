/** Marks entity names inside an evidence sentence, as DOM nodes (never as HTML strings). */

export interface NameGroup {
  /** Every surface form to mark: the label and the aliases the extractor saw. */
  names: string[];
  /** Class given to the <mark> elements of this group. */
  className: string;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/**
 * Returns `text` as a fragment in which each name of each group is wrapped in <mark>. Matching is
 * case-sensitive and on word edges: aliases are surface forms, and "US" must not mark "us".
 * Longer names win over their prefixes ("Vladimir Putin" before "Putin").
 */
export function highlightNames(text: string, groups: NameGroup[]): DocumentFragment {
  const classOf = new Map<string, string>();
  for (const group of groups) {
    for (const name of group.names) {
      const trimmed = name.trim();
      if (trimmed && !classOf.has(trimmed)) classOf.set(trimmed, group.className);
    }
  }
  const fragment = document.createDocumentFragment();
  if (classOf.size === 0) {
    fragment.append(text);
    return fragment;
  }
  const alternatives = [...classOf.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp);
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join("|")})(?![\\p{L}\\p{N}])`, "gu");
  let last = 0;
  for (const match of text.matchAll(pattern)) {
    const start = match.index ?? 0;
    fragment.append(text.slice(last, start));
    const mark = document.createElement("mark");
    mark.className = classOf.get(match[0]) ?? "";
    mark.textContent = match[0];
    fragment.append(mark);
    last = start + match[0].length;
  }
  fragment.append(text.slice(last));
  return fragment;
}
