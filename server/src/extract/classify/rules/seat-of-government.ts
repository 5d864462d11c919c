/** Seats of government that news writes for their institution ("the Kremlin said"): always organizations. */
import type { TypeRule } from "../../rule-types.js";
import { countryKey } from "../../country-gazetteer.js";
import { INSTITUTION_METONYMS } from "../../lexicon/index.js";
import { span } from "../range.js";

export const seatOfGovernment: TypeRule = {
  id: "seat-of-government",
  example: "The Kremlin denied the report.",
  apply: (r, ctx) => {
    const institution = INSTITUTION_METONYMS.get(countryKey(r.label));
    return institution ? [span(ctx, r.a, r.b, "organization", institution)] : undefined;
  },
};
