/** Raw compromise as the baseline: people(), places() and organizations() on each whole document, places read as countries. */
import { nlp } from "../compromise-nlp.js";
import type { PredictedMention } from "./score-mentions.js";

interface OffsetJson {
  text: string;
  offset: { start: number; length: number };
}

export function compromiseMentions(text: string): PredictedMention[] {
  const doc = nlp(text);
  const out: PredictedMention[] = [];
  const take = (view: { json: (o: object) => unknown }, type: PredictedMention["type"]): void => {
    for (const m of view.json({ offset: true }) as OffsetJson[]) out.push({ start: m.offset.start, end: m.offset.start + m.offset.length, type, text: m.text });
  };
  take(doc.people(), "person");
  take(doc.places(), "country");
  take(doc.organizations(), "organization");
  return out;
}
