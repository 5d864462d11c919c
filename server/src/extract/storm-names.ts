/**
 * A storm's bare name in the document that names it: storms take people's given names, so after
 * "Hurricane Rita made landfall" compromise reads "Rita packed winds of 240 km/h" as a woman.
 */
import { foldText } from "./entity-id.js";
import { STORM_WORDS } from "./lexicon/index.js";
import type { Span } from "./spans.js";

/** The folded names of the storms among the things ("Hurricane Rita", "Tropical Storm Allison" -> "rita", "allison"). */
function stormNames(spans: readonly Span[]): Set<string> {
  const names = new Set<string>();
  for (const s of spans) {
    if (!s.thing) continue;
    const words = foldText(s.label).split(/\s+/);
    let i = 0;
    while (i < words.length && STORM_WORDS.has(words[i])) i++;
    if (i > 0 && i < words.length) names.add(words.slice(i).join(" "));
  }
  return names;
}

/**
 * The document's spans with each bare name of one of its storms read as a thing, as "Hurricane Rita" is.
 * Only within the document: in another story "Rita" is as likely a person.
 */
export function withStormNames(spans: Span[]): Span[] {
  const names = stormNames(spans);
  if (names.size === 0) return spans;
  return spans.map((s): Span => (!s.thing && s.kind !== "country" && names.has(foldText(s.label)) ? { ...s, kind: "unknown", thing: true } : s));
}
