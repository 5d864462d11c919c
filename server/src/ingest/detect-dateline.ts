/**
 * Finds a plain text's publication date (and outlet) where news texts put them: a
 * leading metadata line ("date 2022-09-16", "Date: 2022-09-16") or a bracketed
 * dateline near the top ("[The Epoch Times, December 30, 2022]").
 */
import { normalisePublished } from "./normalise-date.js";

/** Only the top of a text is searched: a date further down is about something else. */
const HEAD_CHARS = 600;
const METADATA_LINE = /^\s*date:?\s+(\d{4}-\d{2}-\d{2})\b/i;
const MONTH = "(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)";
const BRACKETED = new RegExp(`[\\[(]([^\\])\\n,]{2,60}),\\s*(${MONTH}\\.? \\d{1,2},? \\d{4})[\\])]`);

export interface Dateline {
  published: string;
  outlet?: string;
}

export function detectDateline(text: string): Dateline | undefined {
  const head = text.slice(0, HEAD_CHARS);
  const meta = METADATA_LINE.exec(head);
  const fromMeta = meta ? normalisePublished(meta[1]) : undefined;
  const bracket = BRACKETED.exec(head);
  const fromBracket = bracket ? normalisePublished(bracket[2].replace(".", "")) : undefined;
  const published = fromMeta ?? fromBracket;
  if (!published) return undefined;
  const outlet = bracket?.[1].trim();
  return outlet ? { published, outlet } : { published };
}
