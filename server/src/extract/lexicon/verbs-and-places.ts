/**
 * Verbs that say a name is a person (saying, meeting, addressing), the last words of place names, and
 * the combining forms of country names. Hand-written from general English news usage.
 */
import { subset, wordList, wordMap } from "./word-list.js";

/** Verbs of saying: "<Name> said" is usually a person (or an institution, which has a head word). */
export const SAYING_VERBS = wordList("saying-verbs", [
  "said", "says", "say", "told", "tells", "added", "adds", "stated", "states", "noted", "notes", "wrote", "writes", "declared", "announced", "explained",
  "insisted", "argued", "warned", "claimed", "stressed", "urged", "asked", "replied", "recalled", "admitted", "believes", "believed", "thinks", "thought",
]);

/** Verbs of meeting and addressing someone: a 2-3 word name as their subject or object is a person ("Xi Jinping met Vladimir Putin"). */
export const INTERACTION_VERBS = wordList("interaction-verbs", [
  "met", "meets", "meet", "meeting", "spoke", "speaks", "talked", "talks", "told", "tells", "called", "calls", "phoned", "visited", "visits", "hosted", "hosts",
  "welcomed", "welcomes", "thanked", "thanks", "congratulated", "congratulates", "criticized", "criticised", "criticizes", "criticises", "accused", "accuses",
  "urged", "urges", "invited", "invites", "said", "says", "praised", "praises", "endorsed", "endorses", "appointed", "appoints", "married", "interviewed",
]);

/** Prepositions that may sit between an interaction verb and its object ("spoke with", "talked to", "meeting with"). */
export const INTERACTION_PREPOSITIONS = wordList("interaction-prepositions", ["with", "to"]);

/** Interaction verbs whose object is as often the name of something else ("told Sky News", "a firm called Information Appliance"). */
export const NOT_OBJECT_VERBS = subset("not-object-verbs", INTERACTION_VERBS, ["told", "tells", "called", "calls"]);

/** Interaction verbs of an inverted attribution ("said Hannes Wittig, an analyst"), which ends at a comma or the sentence end. */
export const ATTRIBUTION_VERBS = subset("attribution-verbs", INTERACTION_VERBS, ["said", "says"]);

/** Last words of place names: a name ending in one is no person, whatever verb it goes with ("visited Silicon Valley"). */
export const PLACE_HEADS = wordList("place-heads", [
  "square", "street", "road", "avenue", "lane", "boulevard", "valley", "city", "town", "village", "county", "province", "region", "district", "island", "islands",
  "river", "lake", "mountain", "mountains", "hills", "bay", "gulf", "sea", "ocean", "coast", "desert", "park", "airport", "station", "stadium", "arena", "hall", "palace",
  "bridge", "port", "harbour", "harbor", "beach", "peninsula", "strait", "canal", "base", "camp", "dam", "field", "heights", "plain", "plains", "forest", "castle", "tower",
  // The abbreviations of addresses ("Collins Ave", "Main St").
  "ave", "rd", "blvd", "st",
]);

/** Place heads of streets: a name ending in one is no organization either ("Eclipse Avenue", "Taj Express Road", "Collins Ave"). */
export const STREET_HEADS = subset("street-heads", PLACE_HEADS, ["street", "road", "avenue", "lane", "boulevard", "ave", "rd", "blvd", "st"]);

/** Combining forms of country names in adjective compounds ("Sino-Russian", "Franco-German"): the country, not an organization. */
export const COMBINING_FORMS = wordMap("combining-forms", [
  ["sino", "China"], ["russo", "Russia"], ["franco", "France"], ["anglo", "United Kingdom"], ["indo", "India"], ["italo", "Italy"],
  ["greco", "Greece"], ["turco", "Turkey"], ["irano", "Iran"], ["germano", "Germany"], ["hispano", "Spain"], ["luso", "Portugal"], ["nippo", "Japan"], ["austro", "Austria"],
]);

/**
 * Places that news names for the industry around them ("Hollywood's biggest names", "Wall Street fell"):
 * neither a country nor an organization, whatever cue comes with them ("Hollywood studios").
 */
export const INDUSTRY_PLACES = wordList("industry-places", ["hollywood", "bollywood", "nollywood", "silicon valley", "wall street", "fleet street", "broadway", "madison avenue", "the city of london"]);
