/** Stable, URL-safe node ids: `<type>:<slug>`. */
import type { EntityType } from "../types.js";

/** Folds accents and case so "Erdoğan" and "Erdogan" compare equal. */
export function foldText(text: string): string {
  // ASCII has no accents to fold, and skipping normalize() there halves the cost of the common case.
  if (!/[^\p{ASCII}]/u.test(text)) return text.toLowerCase();
  return text.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
}

/** Lowercase ASCII slug: accents folded, every run of other characters one "-". */
export function slugify(label: string): string {
  const slug = foldText(label)
    .replace(/['’.]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  return slug || "unnamed";
}

/** The node id of an entity, e.g. `person:vladimir-putin`, `country:united-states`. */
export function entityId(type: EntityType, label: string): string {
  return `${type}:${slugify(label)}`;
}
