/**
 * Names a rule read as a thing somewhere in the corpus (an event, an award, a product, a work) are no
 * entity anywhere: "the film Vera Drake" in one review, and the bare "Vera Drake" that compromise calls a
 * person in twenty others. A name typed by a cue of its own in every document is left alone only when the
 * corpus never calls it a thing.
 */
import type { ExtractedDocument, ExtractedEntity } from "../types.js";
import { foldText } from "./entity-id.js";
import { keepMentions } from "./corpus-entities.js";
import type { Span } from "./spans.js";

/**
 * The folded labels of the corpus's thing spans that may stand for the same name elsewhere: several words
 * or an acronym ("Vera Drake", "DS"). One word read as a title ("the film Ray", "historical epic Alexander")
 * is too often also a person's name to remove it from other documents.
 */
export function thingNames(docs: readonly { spans?: Span[] }[]): Set<string> {
  const names = new Set<string>();
  for (const d of docs) for (const s of d.spans ?? []) if (s.thing && (/\s/.test(s.label) || /^[\p{Lu}\d]{2,}$/u.test(s.label))) names.add(foldText(s.label));
  return names;
}

/**
 * The folded labels of every thing span of the corpus, one word included: they stand against a span only the
 * tagger typed ("The Aviator has taken pole position", with no cue of its own), never against a rule's.
 */
export function thingLabels(docs: readonly { spans?: Span[] }[]): Set<string> {
  const names = new Set<string>();
  for (const d of docs) for (const s of d.spans ?? []) if (s.thing) names.add(foldText(s.label));
  return names;
}

/** Whether the corpus knows an entity as a thing: by its label, or by the acronym it was defined with ("PlayStation Portable (PSP)" and "the PSP console"). */
function isThing(e: ExtractedEntity, things: ReadonlySet<string>): boolean {
  if (e.type === "country") return false;
  return things.has(foldText(e.label)) || e.aliases.some((a) => /^[\p{Lu}\d]{2,}$/u.test(a) && things.has(foldText(a)));
}

/**
 * Each document without the mentions (and entities) whose label the corpus knows as a thing. A long form
 * defined with a thing's acronym in one document is a thing in every other, where it stands alone
 * ("the PlayStation Portable (PSP)" here, "Sony said the PlayStation Portable would catch up" there).
 */
export function withoutThings(docs: ExtractedDocument[], names: ReadonlySet<string>): ExtractedDocument[] {
  if (names.size === 0) return docs;
  const things = new Set(names);
  for (const d of docs) for (const e of Object.values(d.entities)) if (isThing(e, names)) things.add(foldText(e.label));
  return docs.map((d) => {
    const gone = new Set(Object.values(d.entities).filter((e) => isThing(e, things)).map((e) => e.id));
    return gone.size === 0 ? d : keepMentions(d, (m) => !gone.has(m.entity));
  });
}
