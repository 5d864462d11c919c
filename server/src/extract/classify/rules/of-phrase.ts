/** "X of Y" where X is no head word or title: a name, then the country or the body it belongs to, each typed alone. */
import type { TypeRule } from "../../rule-types.js";
import { lookupCountry } from "../../country-gazetteer.js";
import { ORG_HEADS, TITLE_HEADS } from "../../lexicon/index.js";
import { isPersonTagged, lowerWord } from "../../term-shape.js";
import { span, surfaceOf } from "../range.js";

/**
 * "Recep Tayyip Erdogan of Turkey": a name, then the country it belongs to; "Kort Schubert of the
 * Cardiff Blues": a person's name, then what they belong to. ("Ministry of Defence" has a head word.)
 */
export const nameOfOwner: TypeRule = {
  id: "name-of-owner",
  example: "Recep Tayyip Erdogan of Turkey arrived.",
  apply: ({ a, b, headline }, ctx) => {
    const { terms } = ctx;
    for (let i = a + 1; i < b; i++) {
      if (terms[i].text !== "of" || ORG_HEADS.has(lowerWord(terms[i - 1])) || TITLE_HEADS.has(lowerWord(terms[i - 1]))) continue;
      const tail = lookupCountry(surfaceOf(ctx, i + 1, b));
      if (tail) return [...ctx.classify(a, i - 1, headline), span(ctx, i + 1, b, "country", tail)];
      const owner = terms[i - 1];
      if ((owner.tags.has("FirstName") || owner.tags.has("LastName")) && i - 1 > a && isPersonTagged(terms[i - 2])) {
        return [...ctx.classify(a, i - 1, headline), ...ctx.classify(i + 1, b, headline)];
      }
    }
    return undefined;
  },
};
