/** Checks on curation decisions the store cannot make alone: a label's length and characters, merge cycles in an import, what an unhide names. */
import { CURATION_LIMITS } from "../config.js";
import { InvalidInputError, NotFoundError } from "../errors.js";
import { compileCuration } from "../graph/index.js";
import { hasForbiddenLabelChars } from "../safe-text.js";
import type { CurationAction } from "../types.js";
import { MergeCycleError } from "./errors.js";

/** Refuses an empty or overlong label, or one with control characters (they would end up in every GEXF and search key). */
export function checkLabel(where: string, label: string): void {
  if (!label.trim()) throw new InvalidInputError(`${where}: label must not be empty`);
  if (label.length > CURATION_LIMITS.labelMaxChars) {
    throw new InvalidInputError(`${where}: label must be at most ${CURATION_LIMITS.labelMaxChars} characters, got ${label.length}`);
  }
  if (hasForbiddenLabelChars(label)) throw new InvalidInputError(`${where}: label must not contain control characters or line breaks`);
}

/** Where a decision sends an entity id, if anywhere: merges, and retypes (which move `<type>:<slug>`). */
function redirectOf(action: CurationAction): string | undefined {
  if (action.kind === "merge") return action.into;
  if (action.kind === "retype") {
    const to = `${action.type}:${action.entity.slice(action.entity.indexOf(":") + 1)}`;
    return to === action.entity ? undefined : to;
  }
  return undefined;
}

/** The first cycle of redirects among `actions` (ids, the first repeated at the end), or undefined. */
export function findMergeCycle(actions: readonly CurationAction[]): string[] | undefined {
  const next = new Map<string, string[]>();
  for (const action of actions) {
    const to = redirectOf(action);
    if (to !== undefined) next.set(action.entity, [...(next.get(action.entity) ?? []), to]);
  }
  const done = new Set<string>();
  const path: string[] = [];
  const visit = (id: string): string[] | undefined => {
    const at = path.indexOf(id);
    if (at >= 0) return [...path.slice(at), id];
    if (done.has(id)) return undefined;
    path.push(id);
    for (const to of next.get(id) ?? []) {
      const cycle = visit(to);
      if (cycle) return cycle;
    }
    path.pop();
    done.add(id);
    return undefined;
  };
  for (const id of next.keys()) {
    const cycle = visit(id);
    if (cycle) return cycle;
  }
  return undefined;
}

/** Checks a whole import before anything is replaced: every rename's label, and no merge cycle. */
export function checkImport(actions: readonly CurationAction[]): void {
  actions.forEach((action, i) => {
    if (action.kind === "rename") checkLabel(`curation import: decisions[${i}]`, action.label);
  });
  const cycle = findMergeCycle(actions);
  if (cycle) throw new MergeCycleError(cycle);
}

/**
 * An unhide names an entity the active decisions hide: a hidden entity is in no graph, so the
 * decisions are what knows it. One that is shown answers 400, an id nobody hid 404.
 */
export function checkUnhide(where: string, id: string, decisions: readonly CurationAction[], shown: boolean): void {
  const map = compileCuration([...decisions]);
  if (map.hidden.has(map.resolve(id))) return;
  if (shown) throw new InvalidInputError(`${where}: "${id}" is not hidden`);
  throw new NotFoundError(`${where}: no hidden entity with id "${id}"`);
}
