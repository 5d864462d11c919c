/**
 * Country names from the maintained `world-countries` package: common and official
 * names, alternative spellings and demonyms, all mapped to one canonical label.
 * Capital cities are kept apart so that a city is never read as its country.
 */
import countries from "world-countries";
import { foldText } from "./entity-id.js";

/** Usual English forms the package lacks (it has "UK" but not "Britain", "US" but not "America"). */
const EXTRA_NAMES: Record<string, string[]> = {
  "United States": ["U.S.", "U.S.A.", "America"],
  "United Kingdom": ["U.K.", "Britain"],
  Türkiye: ["Turkey"],
};

/** Labels shown for countries whose package name is not the one English news uses. */
const LABEL_OVERRIDES: Record<string, string> = { Türkiye: "Turkey" };

/**
 * Alternative spellings that English text uses for something else: "Island" (Icelandic for Iceland) is
 * the English word ("the Island is connected by ferry"), "Mann" a surname, "Dominique" a given name.
 */
const NOT_COUNTRY_NAMES = new Set(["island", "mann", "dominique"]);

/** Two-letter codes are only names when news writes them so; "IN", "IT", "ME" are words. */
const TWO_LETTER_NAMES = new Set(["US", "UK"]);

/** Lookup key: accents and case folded, leading "the", dots and apostrophes dropped. */
export function countryKey(text: string): string {
  return foldText(text)
    .replace(/^the\s+/, "")
    .replace(/[.'’]/g, "")
    .replace(/\s+/g, " ")
    .trim();
}

export interface CountryGazetteer {
  /** key -> canonical label, for names and alternative spellings. */
  names: Map<string, string>;
  /** key -> canonical label, for demonyms ("Russian", "Iraqis"). */
  demonyms: Map<string, string>;
  /** keys of capital cities (never countries). */
  capitals: Set<string>;
  /** The first words of each name of more than one word, as keys: "united", "united arab" for the United Arab Emirates. */
  namePrefixes: Set<string>;
}

type Country = (typeof countries)[number];

/**
 * Which of two countries a shared demonym means: a UN member before a territory ("Indian" is India,
 * not the British Indian Ocean Territory), then the larger ("Congolese" is DR Congo).
 */
function outranks(a: Country, b: Country): boolean {
  if (a.unMember !== b.unMember) return a.unMember;
  return a.area > b.area;
}

function buildGazetteer(): CountryGazetteer {
  const names = new Map<string, string>();
  const demonyms = new Map<string, string>();
  const demonymOwners = new Map<string, Country>();
  const setDemonym = (key: string, c: Country, label: string): void => {
    const owner = demonymOwners.get(key);
    if (owner && !outranks(c, owner)) return;
    demonymOwners.set(key, c);
    demonyms.set(key, label);
  };
  const capitals = new Set<string>();
  for (const c of countries) {
    const label = LABEL_OVERRIDES[c.name.common] ?? c.name.common;
    const forms = [c.name.common, c.name.official, ...(c.altSpellings ?? []), ...(EXTRA_NAMES[c.name.common] ?? [])];
    for (const form of forms) {
      if (form.includes(",")) continue; // "Korea, Republic of": a catalogue form, never in running text
      if (form.length <= 2 && !TWO_LETTER_NAMES.has(form)) continue;
      const key = countryKey(form);
      if (!names.has(key) && !NOT_COUNTRY_NAMES.has(key)) names.set(key, label);
    }
    const eng = c.demonyms?.eng;
    for (const d of eng ? [eng.m, eng.f] : []) {
      if (!d) continue;
      setDemonym(countryKey(d), c, label);
      // Plural nouns of nationality: "Iraqis", "Syrians", "Americans".
      if (/[in]$/.test(d)) setDemonym(countryKey(d + "s"), c, label);
    }
    for (const capital of c.capital ?? []) capitals.add(countryKey(capital.replace(/\s+D\.C\.$/, "")));
  }
  // A capital named like its country (Singapore, Kuwait, Djibouti) is read as the country.
  for (const key of names.keys()) capitals.delete(key);
  const namePrefixes = new Set<string>();
  for (const key of names.keys()) for (let at = key.indexOf(" "); at > 0; at = key.indexOf(" ", at + 1)) namePrefixes.add(key.slice(0, at));
  return { names, demonyms, capitals, namePrefixes };
}

let gazetteer: CountryGazetteer | undefined;

/** The gazetteer, built once on first use. */
export function countryGazetteer(): CountryGazetteer {
  gazetteer ??= buildGazetteer();
  return gazetteer;
}

/** The canonical country a name denotes ("UK" -> "United Kingdom"), or undefined. */
export function lookupCountry(text: string): string | undefined {
  return countryGazetteer().names.get(countryKey(text));
}

/**
 * Whether words added after `text` could still make a country name: it is a name or the first words of one,
 * or its key is empty or a bare "the", which the key of a longer run drops ("The Gambia" is "gambia").
 * A name itself counts because a trailing dot or apostrophe adds nothing to the key ("Japan ." is "japan").
 */
export function mayStartCountryName(text: string): boolean {
  const key = countryKey(text);
  const g = countryGazetteer();
  return key === "" || key === "the" || g.names.has(key) || g.namePrefixes.has(key);
}

/** The country a demonym refers to ("Russian" -> "Russia"), or undefined. */
export function lookupDemonym(text: string): string | undefined {
  return countryGazetteer().demonyms.get(countryKey(text));
}

/** Whether a name is a capital city (and so must not become a country). */
export function isCapitalCity(text: string): boolean {
  return countryGazetteer().capitals.has(countryKey(text));
}
