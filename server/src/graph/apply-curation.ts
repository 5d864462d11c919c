/**
 * Applies an analyst's curation decisions to extracted documents, before the
 * graph is built: merging rewrites mention ids (so a sentence naming both
 * entities counts once), hiding drops mentions. Decisions apply in order, and
 * again to every later ingestion, so a merged alias stays merged.
 */
import { entityDirectory } from "../extract/index.js";
import type { CurationAction, EntityType, ExtractedDocument, ExtractedEntity } from "../types.js";

/** Where each entity id ends up after the decisions, and how it is shown. */
export interface CurationMap {
  /** Follows merges and retypes to the surviving id. */
  resolve(id: string): string;
  hidden: Set<string>;
  labels: Map<string, string>;
  types: Map<string, EntityType>;
}

/** The slug part of a `<type>:<slug>` id. */
function slugOf(id: string): string {
  return id.slice(id.indexOf(":") + 1);
}

/** Folds the decisions into one map; unknown ids are allowed (they may arrive in later documents). */
export function compileCuration(actions: CurationAction[]): CurationMap {
  const redirect = new Map<string, string>();
  const hidden = new Set<string>();
  const labels = new Map<string, string>();
  const types = new Map<string, EntityType>();
  const resolve = (id: string): string => {
    const seen = new Set<string>();
    while (redirect.has(id) && !seen.has(id)) {
      seen.add(id);
      id = redirect.get(id)!;
    }
    return id;
  };
  const moveTo = (from: string, to: string) => {
    if (from === to) return;
    redirect.set(from, to);
    if (hidden.delete(from)) hidden.add(to);
  };
  for (const action of actions) {
    const id = resolve(action.entity);
    switch (action.kind) {
      case "merge":
        moveTo(id, resolve(action.into));
        break;
      case "rename":
        labels.set(id, action.label);
        break;
      case "retype": {
        // The id names the type, so a retyped entity moves to `<type>:<slug>`,
        // merging with an entity already there (person "Jordan" -> country Jordan).
        const to = `${action.type}:${slugOf(id)}`;
        if (labels.has(id) && !labels.has(to)) labels.set(to, labels.get(id)!);
        types.set(to, action.type);
        moveTo(id, to);
        break;
      }
      case "hide":
        hidden.add(id);
        break;
      case "unhide":
        hidden.delete(id);
        break;
    }
  }
  return { resolve, hidden, labels, types };
}

/** Returns the documents with mentions and entities rewritten by the decisions (inputs are not mutated). */
export function applyCuration(docs: ExtractedDocument[], actions: CurationAction[]): ExtractedDocument[] {
  if (!actions.length) return docs;
  const map = compileCuration(actions);
  // A merge target may be named only in other documents: take its label from there.
  const directory = entityDirectory(docs);
  return docs.map((doc) => {
    const entities: Record<string, ExtractedEntity> = {};
    const mentions = [];
    for (const m of doc.mentions) {
      const id = map.resolve(m.entity);
      if (map.hidden.has(id)) continue;
      const original = doc.entities[m.entity];
      const type = map.types.get(id) ?? (id === m.entity ? m.type : (id.split(":")[0] as EntityType));
      let entity = entities[id];
      if (!entity) {
        const own = doc.entities[id];
        entity = entities[id] = {
          id,
          type,
          label: map.labels.get(id) ?? directory.get(id)?.label ?? original.label,
          aliases: [...(own?.aliases ?? [])],
        };
      }
      for (const alias of [original.label, ...original.aliases]) if (!entity.aliases.includes(alias)) entity.aliases.push(alias);
      mentions.push(id === m.entity && type === m.type ? m : { ...m, entity: id, type });
    }
    return { ...doc, mentions, entities };
  });
}
