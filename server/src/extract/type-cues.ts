/**
 * Word lists that decide an entity's type from its context: titles and roles
 * (persons), head words (organizations), verbs of saying, and seats of
 * government that news uses for their institution ("the White House said").
 * General English news vocabulary only; no names from any evaluation set.
 */

/** Titles and roles written before a person's name; never part of the name. */
export const TITLE_WORDS = new Set([
  "mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lord", "lady", "madam",
  "president", "vice", "prime", "minister", "premier", "chancellor", "secretary", "undersecretary",
  "king", "queen", "prince", "princess", "emir", "sheikh", "sultan", "pope", "imam", "ayatollah", "cardinal", "bishop", "rev", "reverend",
  "senator", "sen", "rep", "representative", "congressman", "congresswoman", "governor", "gov", "mayor",
  "ambassador", "envoy", "commissioner", "spokesman", "spokeswoman", "spokesperson", "chairman", "chairwoman", "chair",
  "director", "commander", "chief", "deputy", "acting", "foreign", "defence", "defense", "interior", "finance", "state", "home", "special", "advisor", "adviser",
  "general", "gen", "lt", "lieutenant", "col", "colonel", "maj", "major", "capt", "captain", "sgt", "sergeant", "cpl", "corporal", "pvt", "private", "spc", "specialist",
  "adm", "admiral", "brig", "brigadier", "cmdr", "marshal", "officer", "justice", "judge", "professor", "prof", "leader", "ceo", "speaker",
  "presidents", "ministers", "leaders", "secretaries", "generals", "kings", "senators", "governors", "ambassadors",
]);

/** Of the title words, those that really are a title on their own (the rest only qualify one: "Foreign", "Deputy"). */
export const TITLE_HEADS = new Set([
  "mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lord", "lady",
  "president", "minister", "premier", "chancellor", "secretary", "undersecretary", "king", "queen", "prince", "princess", "emir", "sheikh", "sultan", "pope", "imam", "ayatollah", "cardinal", "bishop", "rev", "reverend",
  "senator", "sen", "rep", "representative", "congressman", "congresswoman", "governor", "gov", "mayor", "ambassador", "envoy", "commissioner",
  "spokesman", "spokeswoman", "spokesperson", "chairman", "chairwoman", "director", "commander", "chief",
  "general", "gen", "lt", "lieutenant", "col", "colonel", "maj", "major", "capt", "captain", "sgt", "sergeant", "cpl", "corporal", "pvt", "spc", "specialist",
  "adm", "admiral", "brig", "brigadier", "cmdr", "marshal", "justice", "judge", "professor", "prof", "leader", "ceo", "advisor", "adviser", "speaker",
  "presidents", "ministers", "leaders", "secretaries", "generals", "kings", "senators", "governors", "ambassadors",
]);

/** Lowercase role nouns that, just before a name, say it is a person ("spokesman John Kirby"). */
export const ROLE_NOUNS = new Set([
  "spokesman", "spokeswoman", "spokesperson", "minister", "president", "secretary", "leader", "chief", "commander", "director", "official",
  "analyst", "reporter", "correspondent", "journalist", "lawyer", "professor", "ambassador", "envoy", "adviser", "advisor", "chairman", "founder",
  "colleague", "counterpart", "head", "governor", "mayor", "senator", "general", "candidate", "premier", "manager", "coach", "striker", "actor", "actress", "singer", "star", "captain", "player", "boss", "executive",
]);

/** Verbs of saying: "<Name> said" is usually a person (or an institution, which has a head word). */
export const SAYING_VERBS = new Set([
  "said", "says", "say", "told", "tells", "added", "adds", "stated", "states", "noted", "notes", "wrote", "writes", "declared", "announced", "explained",
  "insisted", "argued", "warned", "claimed", "stressed", "urged", "asked", "replied", "recalled", "admitted", "believes", "believed", "thinks", "thought",
]);

/** Head words of organization names ("Syrian Democratic Forces", "Ministry of Defence"). */
export const ORG_HEADS = new Set([
  "forces", "force", "army", "navy", "corps", "command", "brigade", "brigades", "battalion", "division", "regiment", "militia", "guard", "guards", "police",
  "ministry", "department", "office", "council", "committee", "commission", "party", "front", "agency", "union", "organization", "organisation",
  "university", "college", "school", "institute", "institution", "bank", "fund", "association", "federation", "alliance", "coalition", "league", "movement",
  "group", "network", "government", "administration", "parliament", "assembly", "congress", "senate", "court", "tribunal", "authority", "service", "services",
  "company", "corporation", "corp", "inc", "ltd", "plc", "co", "holdings", "industries", "airlines", "airways", "motors", "bureau", "board", "foundation",
  "society", "club", "center", "centre", "church", "cabinet", "regime", "state", "mission", "programme", "program", "unit", "units", "task", "times", "post", "news", "press",
  "broadcasting", "television", "radio", "channel", "journal", "herald", "telegraph", "tribune", "guardian", "community", "secretariat", "observatory", "nations",
]);

/** Lowercase nouns for a state's organs after a country or demonym ("Iraqi forces", "the Syrian regime"): an organization. */
// "troops", "soldiers" and "rebels" are people, not an organ: "Russian troops" stays a mention of Russia.
export const GROUP_NOUNS = new Set(["government", "regime", "administration", "forces", "army", "military", "navy", "police", "authorities", "opposition", "parliament", "cabinet", "ministry", "embassy", "militia", "militias", "coalition"]);

/** Words allowed between the demonym and the group noun ("Iraqi security forces", "Syrian armed forces"). */
export const GROUP_MODIFIERS = new Set(["security", "armed", "special", "federal", "regional", "central", "interim", "transitional", "military", "naval", "air", "ground", "government", "state", "national", "local"]);

/** Buildings and places that news uses for the institution they house; always organizations. */
export const INSTITUTION_METONYMS = new Map<string, string>([
  ["white house", "White House"],
  ["kremlin", "Kremlin"],
  ["pentagon", "Pentagon"],
  ["downing street", "Downing Street"],
  ["elysee", "Elysee"],
  ["elysee palace", "Elysee"],
  ["whitehall", "Whitehall"],
  ["capitol hill", "Capitol Hill"],
  ["vatican", "Vatican"],
  ["foggy bottom", "Foggy Bottom"],
  ["zhongnanhai", "Zhongnanhai"],
]);

/** Lowercase words allowed inside a name ("Ministry of Defence", "Osama bin Laden", "Islamic State of Iraq and the Levant"). */
export const NAME_CONNECTORS = new Set(["of", "for", "the", "and", "on", "de", "del", "della", "da", "di", "du", "des", "van", "von", "der", "den", "la", "le", "bin", "ibn", "al", "el", "y", "ul"]);

/** Name particles that join with a hyphen ("al-Assad", "el-Sisi"). */
export const HYPHEN_PARTICLES = new Set(["al", "el", "ad", "ar", "as", "ash", "at", "az", "an", "bin", "ibn", "abu", "abd", "bint"]);

/** Capitalized words that open a sentence without naming anything (beyond what compromise tags as function words). */
export const NOT_NAMES = new Set([
  "i", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
  "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
  "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
  "god", "allah", "internet", "web", "english", "arabic", "islam", "christmas", "easter", "ramadan", "eid",
]);

/** After a name, these make it a ruler: "the Asad regime", "Assad’s brutal dictatorship". */
export const RULER_NOUNS = new Set(["regime", "dictatorship", "presidency", "premiership", "reign", "administration"]);

/** After a name, these make it a group: "Daesh fighters", "Hezbollah militants". */
export const MEMBER_NOUNS = new Set(["fighters", "militants", "terrorists", "insurgents", "jihadists", "extremists", "members", "supporters", "militia", "militias", "operatives", "propaganda", "stronghold", "strongholds", "commanders", "leadership"]);
