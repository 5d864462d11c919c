/**
 * Turns one document's typed spans into mentions of entities. Within the document a bare "Putin" or
 * "Mr Abbas" resolves to the full name seen in it, an acronym to the name it abbreviates (defined in
 * parentheses or spelled by its initials), and a role ("the Foreign Secretary") to the last person
 * introduced with it. Each decision is a rule of RESOLVE_RULES, tried in list order for each span, in
 * document order (a role's holder is the person named before it). Unresolved unknowns are dropped.
 */
import type { ExtractedEntity, Mention } from "../../types.js";
import type { Span } from "../spans.js";
import type { Named, ResolveContext, ResolveDecision, ResolveOptions, ResolveRule } from "../rule-types.js";
import { entityId } from "../entity-id.js";
import { cleanLabel, cleanPersonName } from "../clean-label.js";
import { addNames, emptyNames, type KnownNames } from "../known-names.js";
import { acronymDefinitions, orgInitials } from "./acronyms.js";
import { splitHyphenatedPairs } from "./hyphen-pairs.js";
import { country } from "./country.js";
import { organization, organizationLongForm, organizationShortForm, organizationSurname, orgEndings, shoutedSurname } from "./organization.js";
import { person, personAsGroup, personFullName } from "./person.js";
import { roleAppositive, roleHolderAfter, roleKnownHolder, roleSelf, roleUnnamed } from "./role.js";
import { acronymDefinedAfter, alsoKnownAs, corpusName, documentName, listedOrganization, openerUnresolvable, openerUnresolved, unknownAcronym, unknownDropped } from "./unknown.js";

export type { ResolveDecision, ResolveOptions, ResolveRule } from "../rule-types.js";

/** The resolution rules, in the order they are tried for each span: the first that decides wins. */
export const RESOLVE_RULES: readonly ResolveRule[] = [
  country,
  organizationLongForm, organizationSurname, shoutedSurname, organizationShortForm, organization,
  personAsGroup, personFullName, person,
  roleHolderAfter, roleAppositive, roleKnownHolder, roleSelf, roleUnnamed,
  openerUnresolvable, unknownAcronym, alsoKnownAs, documentName, corpusName, openerUnresolved, acronymDefinedAfter, listedOrganization, unknownDropped,
];

/** The context of one document: its names, acronyms and (filled as it goes) its roles. */
function contextOf(text: string, allSpans: Span[], options: ResolveOptions, corpus?: KnownNames): ResolveContext {
  const own = addNames(emptyNames(), allSpans);
  const spans = options.resolveWithinDocument ? splitHyphenatedPairs(allSpans, own.persons, corpus?.persons) : allSpans;
  const defs = acronymDefinitions(text, spans);
  const acronyms = options.resolveWithinDocument ? orgInitials(spans, defs) : defs;
  return { text, spans, options, own, corpus, defs, acronyms, orgEndings: orgEndings(spans), roles: new Map() };
}

/**
 * Resolves spans to mentions and the entities they name. `corpus` holds the names typed across a
 * whole corpus (see known-names.ts): a bare word with no cue in this document may still resolve to them.
 * With `trace`, each span's deciding rule is pushed to it.
 */
export function resolveEntities(text: string, allSpans: Span[], options: ResolveOptions, corpus?: KnownNames, trace?: ResolveDecision[]): { mentions: Mention[]; entities: Record<string, ExtractedEntity> } {
  const ctx = contextOf(text, allSpans, options, corpus);
  const mentions: Mention[] = [];
  const entities: Record<string, ExtractedEntity> = {};

  const add = (s: Span, named: Named): void => {
    const surface = text.slice(s.start, s.end);
    const id = entityId(named.type, named.label);
    mentions.push({ start: s.start, end: s.end, text: surface, type: named.type, entity: id, sentence: s.sentence });
    const entity = (entities[id] ??= { id, label: named.label, type: named.type, aliases: [] });
    if (s.kind === "role") return; // "the Foreign Secretary" is a mention of the person, not a name of theirs
    const alias = named.type === "person" ? cleanPersonName(surface) : cleanLabel(surface);
    if (alias && !entity.aliases.includes(alias)) entity.aliases.push(alias);
  };

  ctx.spans.forEach((span, index) => {
    for (const rule of RESOLVE_RULES) {
      const named = rule.apply({ span, index }, ctx);
      if (named === undefined) continue;
      trace?.push({ rule: rule.id, start: span.start, end: span.end, named });
      if (named) add(span, named);
      return;
    }
  });
  return { mentions, entities };
}
