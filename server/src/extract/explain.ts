/**
 * What `entente extract --explain` prints: for each mention, the rules that typed its span (outermost
 * first: "leading-country > person-title" for the name in "Syrian President Bashar al-Assad") and the
 * rule that resolved it, read from a trace of the same steps the extraction ran.
 */
import type { ExtractedDocument, Mention } from "../types.js";
import type { ResolveDecision, TypeDecision } from "./rule-types.js";
import { entityId } from "./entity-id.js";

/** One document's decisions: classification, the later steps that retyped a span (infer-persons, tagger), then resolution. */
export interface DocumentTrace {
  typed: TypeDecision[];
  retyped: TypeDecision[];
  resolved: ResolveDecision[];
}

export function emptyTrace(): DocumentTrace {
  return { typed: [], retyped: [], resolved: [] };
}

/** The rules that gave the mention's span, outermost first (the trace holds them innermost first, as they returned), then the steps that retyped it. */
function typingRules(trace: DocumentTrace, m: Mention): string[] {
  const same = (decisions: TypeDecision[]): string[] => decisions.filter((d) => d.spans.some((s) => s.start === m.start && s.end === m.end)).map((d) => d.rule);
  return [...same(trace.typed).reverse(), ...same(trace.retyped)];
}

/** The rule that resolved the mention, and a note when resolution across documents changed the entity it gave. */
function resolvingRule(trace: DocumentTrace, m: Mention): string {
  const d = trace.resolved.find((r) => r.start === m.start && r.end === m.end && r.named);
  if (!d?.named) return "-";
  const own = entityId(d.named.type, d.named.label);
  return own === m.entity ? d.rule : `${d.rule}, then across documents (was ${own})`;
}

/** One readable line per mention: offsets, text, type, entity, then the typing rules and the resolving rule. */
export function explainMentions(doc: ExtractedDocument, trace: DocumentTrace): string[] {
  return doc.mentions.map((m) => {
    const typing = typingRules(trace, m);
    return `  ${m.start}-${m.end}  ${JSON.stringify(m.text)}  ${m.type}  ${m.entity}  type: ${typing.length > 0 ? typing.join(" > ") : "-"}; resolve: ${resolvingRule(trace, m)}`;
  });
}
