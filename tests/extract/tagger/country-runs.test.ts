import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { lookupCountry, mayStartCountryName } from "../../../server/src/extract/country-gazetteer.js";
import { countryRuns } from "../../../server/src/extract/tagger/lexicon.js";
import { isCapitalized } from "../../../server/src/extract/tagger/letter-case.js";
import { TAGGER_DEFAULTS, tokenize } from "../../../server/src/extract/tagger/index.js";

const MAX = TAGGER_DEFAULTS.maxCountryWords;

/** The longest country name at each token, by asking the gazetteer about every run: what the pruned walk must match. */
function everyRun(words: readonly string[]): number[] {
  return words.map((w, i) => {
    if (!isCapitalized(w)) return 0;
    let longest = 0;
    for (let n = 1; n <= Math.min(MAX, words.length - i); n++) if (lookupCountry(words.slice(i, i + n).join(" "))) longest = n;
    return longest;
  });
}

describe("countryRuns", () => {
  it("finds the longest name at each token, a leading article and a trailing dot included", () => {
    const words = tokenize("The Gambia, the United Arab Emirates and Bosnia and Herzegovina met South Korea's envoy in Japan.").map((t) => t.text);
    const runs = countryRuns(words, MAX);
    const at = (w: string) => runs[words.indexOf(w)];
    expect(at("The")).toBe(2);
    expect(at("United")).toBe(3);
    expect(at("Bosnia")).toBe(3);
    expect(at("South")).toBe(2);
    expect(at("Japan")).toBe(2); // "Japan ." has the key of "Japan"
    expect(at("Gambia")).toBe(1);
  });

  it("stops a run at words that begin no name, and still gives every run's answer on the committed BBC-like sample", () => {
    expect(mayStartCountryName("Tony")).toBe(false);
    expect(mayStartCountryName("United Arab")).toBe(true);
    expect(mayStartCountryName("The")).toBe(true);
    const dir = join(import.meta.dirname, "../../fixtures/corpus-checks");
    for (const file of readdirSync(dir).filter((f) => f.endsWith(".txt"))) {
      for (const line of readFileSync(join(dir, file), "utf8").split("\n")) {
        const words = tokenize(line).map((t) => t.text);
        expect(countryRuns(words, MAX)).toEqual(everyRun(words));
      }
    }
  });
});
