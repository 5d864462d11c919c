import { describe, expect, it } from "vitest";
import { extractCorpus } from "../../server/src/extract/index.js";
import { corpusOutlet } from "../../server/src/extract/outlet-references.js";

const doc = (id: string, text: string) => ({ id, path: `${id}.txt`, text });
/** Stories that quote through one outlet, as an outlet's own archive does. */
const QUOTES = [
  "Tony Blair told BBC News the plans would go ahead.",
  "Michael Howard told the BBC the tax plans were wrong.",
  "Speaking to BBC Sport, Jose Mourinho said his side was ready.",
  "BBC political editor Andrew Marr said the budget was clever.",
  "Gordon Brown told BBC Radio 4's Today programme that growth was strong.",
  "Shares in Acme Holdings rose, the BBC understands.",
];
const bbcMentions = (docs: { mentions: { entity: string }[] }[]) => docs.flatMap((d) => d.mentions.filter((m) => m.entity.startsWith("organization:bbc")));

describe("the outlet's self-references", () => {
  it("finds the outlet a corpus names as the channel of its quotes", () => {
    // Each document resolved alone, as the corpus step receives them.
    const own = extractCorpus(QUOTES.map((t, i) => doc(`q${i}`, t)), { resolveAcrossDocuments: false });
    expect(corpusOutlet(own)).toBe("bbc");
    expect(corpusOutlet(own.slice(0, 2))).toBeUndefined();
  });
  it("drops those self-references and keeps what is reported about the outlet", () => {
    const out = extractCorpus([...QUOTES.map((t, i) => doc(`q${i}`, t)), doc("r", "The BBC is to invest £9m in new comedy, the corporation said.")]);
    expect(bbcMentions(out.slice(0, QUOTES.length))).toEqual([]);
    expect(bbcMentions(out.slice(QUOTES.length))).toHaveLength(1);
    // The people quoted are still found, only the link to the outlet is gone.
    expect(out[0].mentions.map((m) => m.entity)).toEqual(["person:tony-blair"]);
  });
  it("keeps a news agency that a corpus quotes now and then", () => {
    const docs = [doc("a", "Tony Blair told Reuters the plans would go ahead."), doc("b", "Prices rose, Gordon Brown said.")];
    expect(corpusOutlet(extractCorpus(docs, { resolveAcrossDocuments: false }))).toBeUndefined();
    const out = extractCorpus(docs);
    expect(out[0].mentions.map((m) => m.entity)).toContain("organization:reuters");
  });
});
