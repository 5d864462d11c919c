/**
 * The outlet of a corpus names itself as the channel of its own reporting ("he told BBC News", "BBC Radio
 * 4's Today programme", "BBC Sport has learnt"); kept, those mentions make it a hub linked to everyone
 * quoted. This step finds the corpus's outlet and drops those self-references, keeping what is reported
 * about it ("The BBC must show the government how it offers value").
 */
import type { ExtractedDocument, Mention } from "../types.js";
import { foldText } from "./entity-id.js";
import { keepMentions } from "./corpus-entities.js";

/** Words before a mention that make it the channel of a quote or a broadcast ("told the", "speaking on"). */
const CHANNEL_BEFORE =
  /\b(?:told|tells|telling|speaking to|spoke to|speaks to|talking to|talked to|interviews? (?:with|to)|interviewed by|said on|says on|appeared on|appearing on|speaking on|broadcast on|televised on|shown on|aired on|screened on|writing for|writes for|wrote for|commentator on|columnist for|contributor to|presenter on|quoted by|reported by|according to|interview on|item on)\s+(?:the\s+)?$/i;

/**
 * Words after a mention that make it the byline or the channel: a staff or programme noun within a few words
 * ("BBC political editor", "BBC Scotland political correspondent", "BBC Radio 4's Today programme", "BBC Sport has learnt").
 */
const CHANNEL_AFTER =
  /^(?:['’]s)?(?:\s+[\p{L}\d'’]+){0,4}?\s+(?:correspondent|reporter|editor|pundit|commentator|presenter|analyst|programme|website|interview|has learnt|has learned|understands|can reveal)\b/iu;

/** A caption or credit before the mention ("Photo: BBC", "© BBC"). */
const CREDIT_BEFORE = /(?:photo|image|picture|credit|copyright|source)\s*[:-]?\s*$|©\s*$/i;

/** At least this share of the corpus's documents (and this many) must name one outlet as their channel for it to be the corpus's own. */
const OUTLET_SHARE = 0.05;
const OUTLET_MIN_DOCUMENTS = 5;
/** ... and this many times the documents of the next outlet so named: a corpus quoting Reuters now and then has no outlet of its own. */
const OUTLET_LEAD = 3;

/** "BBC", "BBC News", "BBC Radio" are one outlet: the family is the label's first word. */
const familyOf = (label: string): string => foldText(label).split(/\s+/)[0];

function isChannel(doc: ExtractedDocument, m: Mention): boolean {
  const sentence = doc.sentences[m.sentence];
  const from = sentence ? sentence.start : 0;
  const to = sentence ? sentence.end : doc.text.length;
  const before = doc.text.slice(Math.max(from, m.start - 40), m.start);
  const after = doc.text.slice(m.end, Math.min(to, m.end + 60));
  if (CHANNEL_BEFORE.test(before) || CHANNEL_AFTER.test(after) || CREDIT_BEFORE.test(before)) return true;
  // A byline: a short line opening with "By" ("By Jane Smith, BBC News").
  const line = doc.text.slice(from, to).trim();
  return /^by\s/i.test(line) && line.length <= 80;
}

/** Each document's organization mentions that name a channel, with the outlet family they name. */
function channelMentions(docs: readonly ExtractedDocument[]): Map<Mention, string>[] {
  return docs.map((d) => {
    const found = new Map<Mention, string>();
    for (const m of d.mentions) if (m.type === "organization" && isChannel(d, m)) found.set(m, familyOf(d.entities[m.entity]?.label ?? m.text));
    return found;
  });
}

/** The family of the corpus's own outlet, or undefined when no organization is named as a channel widely enough. */
export function corpusOutlet(docs: readonly ExtractedDocument[], channels = channelMentions(docs)): string | undefined {
  const channelDocs = new Map<string, number>();
  for (const found of channels) for (const f of new Set(found.values())) channelDocs.set(f, (channelDocs.get(f) ?? 0) + 1);
  const [first, second] = [...channelDocs].sort((a, b) => b[1] - a[1]);
  if (!first || first[1] < Math.max(OUTLET_MIN_DOCUMENTS, OUTLET_SHARE * docs.length)) return undefined;
  return !second || first[1] >= OUTLET_LEAD * second[1] ? first[0] : undefined;
}

/** Each document without its outlet's self-references; an entity left with no mention leaves the document. */
export function withoutOutletReferences(docs: ExtractedDocument[]): ExtractedDocument[] {
  const channels = channelMentions(docs);
  const outlet = corpusOutlet(docs, channels);
  if (!outlet) return docs;
  return docs.map((d, i) => keepMentions(d, (m) => channels[i].get(m) !== outlet));
}
