/**
 * Words that make a name an organization: head words, Arabic first words, state organs, the seats of
 * government news writes for their institution, and the words around a group's name. Hand-written from
 * general English news vocabulary (politics, war reporting, business, sport); no evaluation-set names.
 */
import { subset, wordList, wordMap } from "./word-list.js";

/** Head words of organization names ("Syrian Democratic Forces", "Ministry of Defence"). */
export const ORG_HEADS = wordList("org-heads", [
  "forces", "force", "army", "navy", "corps", "command", "brigade", "brigades", "battalion", "division", "regiment", "militia", "guard", "guards", "police",
  "ministry", "department", "office", "offices", "council", "committee", "commission", "party", "front", "agency", "union", "organization", "organisation",
  "university", "college", "school", "institute", "institution", "bank", "fund", "association", "federation", "alliance", "coalition", "league", "movement",
  "group", "network", "government", "administration", "parliament", "assembly", "congress", "senate", "court", "tribunal", "authority", "service", "services",
  "company", "corporation", "corp", "inc", "ltd", "plc", "co", "llc", "llp", "ag", "sa", "nv", "fc", "holdings", "industries", "airlines", "airways", "motors", "motorsports", "bureau", "board", "foundation",
  "society", "club", "center", "centre", "academy", "forum", "church", "cabinet", "regime", "state", "mission", "programme", "program", "unit", "units", "task", "times", "post", "news", "press",
  "broadcasting", "television", "radio", "channel", "journal", "herald", "telegraph", "tribune", "guardian", "community", "secretariat", "observatory", "nations",
  // Military units and diplomatic posts ("507th Air Refueling Wing", "U.S. 5th Fleet", "the U.S. Embassy").
  "wing", "fleet", "flotilla", "squadron", "platoon", "embassy", "consulate",
  // Business names ("First Choice Foods", "Jupiter Research", "Samuel Goldwyn Films"), stock exchanges ("Deutsche Boerse", "the Paris Bourse").
  "foods", "films", "pictures", "studios", "records", "entertainment", "media", "research", "labs", "laboratories", "systems", "technologies", "software",
  "solutions", "partners", "capital", "investments", "securities", "insurance", "pharmaceuticals", "communications", "telecom", "energy", "distribution", "stores", "daily", "bourse", "boerse", "borse",
  // Bands ("Dave Matthews Band", "London Symphony Orchestra"), newspapers ("Orlando Sentinel"), dioceses.
  "band", "orchestra", "ensemble", "choir", "quartet", "trio", "quintet",
  "gazette", "chronicle", "sentinel", "inquirer", "examiner", "courier", "dispatch", "observer", "mirror",
  "diocese", "archdiocese",
]);

/**
 * Company suffixes a comma may set off from the name ("CCNG, Inc.", "Holland & Hart, LLP"). Not "Co", which
 * after a comma is as often an Irish county ("Belfast, Co Antrim").
 */
export const CORPORATE_SUFFIXES = subset("corporate-suffixes", ORG_HEADS, ["inc", "ltd", "llc", "llp", "plc", "corp"]);

/** Trades a shop or firm is named by after its owner's possessive ("Noonan's Liquor", "Ray's Pizza", "Burch's Karate"). */
export const BUSINESS_NOUNS = wordList("business-nouns", [
  "market", "supermarket", "store", "shop", "liquor", "liquors", "pizza", "pizzeria", "bar", "grill", "diner", "cafe", "café", "bakery", "deli",
  "kitchen", "restaurant", "pub", "inn", "tavern", "garage", "salon", "barbers", "karate", "gym", "club", "auto", "tire", "tires", "plumbing",
  "cleaners", "laundry", "pharmacy", "florist", "boutique", "bagels", "burgers", "subs", "hardware", "furniture", "jewelers", "jewellers",
]);

/**
 * Words of praise and blame that open reviews and their headings ("Great Service", "Worst School"): before a
 * head word they grade a service, they do not name one. "Great Ormond Street Hospital" has a name before its head.
 */
export const VERDICT_WORDS = wordList("verdict-words", [
  "great", "good", "best", "better", "excellent", "outstanding", "superb", "fantastic", "amazing", "awesome", "wonderful", "friendly",
  "poor", "bad", "worst", "worse", "terrible", "horrible", "awful", "lousy", "rude", "reliable", "professional",
]);

/**
 * Head words that name no one organization alone, even capitalized ("the Cabinet agreed", "Police said",
 * "on Radio"): which cabinet or radio is said elsewhere. Not "Army", "Parliament" or "Congress", which
 * news writes for the one institution of its country.
 */
export const GENERIC_HEADS = subset("generic-heads", ORG_HEADS, [
  "cabinet", "government", "radio", "channel", "bank", "police", "council", "committee", "ministry", "department", "office", "board", "group",
  "club", "agency", "press", "media", "television", "network", "company", "union", "administration", "service", "services", "court", "state",
  "unit", "units", "mission", "programme", "program", "community", "center", "centre", "society", "school", "college", "university", "commission",
  "band", "orchestra", "choir", "diocese",
  "institute", "institution", "association", "foundation", "organization", "organisation", "corporation", "federation",
]);

/**
 * News agencies and wire services that stories quote by name ("Reuters reported", "told Xinhua"), and
 * whose one-word names no cue types: the world's main agencies, from general knowledge of the trade.
 */
export const NEWS_AGENCIES = wordList("news-agencies", [
  "reuters", "associated press", "agence france-presse", "agence france presse", "afp", "xinhua", "tass", "itar-tass", "interfax", "ria novosti",
  "kyodo", "yonhap", "bloomberg", "dow jones", "press association", "anadolu", "ansa", "efe", "dpa", "irna", "kcna", "bernama", "antara",
  "press trust of india", "sputnik", "wafa", "petra", "mena", "sana", "ap",
]);

/** Documents an organization issues, named after it ("UN Security Council Resolution 2254"): not part of its name. */
export const DOCUMENT_NOUNS = wordList("document-nouns", ["resolution", "resolutions", "report", "statement", "communique", "declaration", "charter", "decision", "directive", "ruling"]);

/**
 * First words of Arabic organization names, as English news transliterates them: front, army, brigade,
 * movement, party, committee, battalion, supporters, free men, soldiers, legion ("Jabhat al-Nusra",
 * "Ahrar al-Sham", "Hay'at Tahrir al-Sham", "Jaish al-Islam").
 */
export const ARABIC_ORG_HEADS = wordList("arabic-org-heads", [
  "jabhat", "jebhat", "jaish", "jaysh", "jeish", "liwa", "harakat", "harakah", "hizb", "hayat", "hay'at", "katibat", "kataib", "kata'ib",
  "ansar", "ahrar", "jund", "faylaq", "tanzim", "saraya", "asaib", "asa'ib", "majlis", "tahrir",
]);

/**
 * Lowercase nouns for a state's organs after a country or demonym ("Iraqi forces", "the Syrian regime"): an organization.
 * "troops", "soldiers" and "rebels" are people, not an organ: "Russian troops" stays a mention of Russia.
 */
export const GROUP_NOUNS = wordList("group-nouns", ["government", "regime", "administration", "forces", "army", "military", "navy", "police", "authorities", "opposition", "parliament", "cabinet", "ministry", "embassy", "militia", "militias", "coalition"]);

/** Words allowed between the demonym and the group noun ("Iraqi security forces", "Syrian armed forces"). */
export const GROUP_MODIFIERS = wordList("group-modifiers", ["security", "armed", "special", "federal", "regional", "central", "interim", "transitional", "military", "naval", "air", "ground", "government", "state", "national", "local"]);

/** Buildings and places that news uses for the institution they house; always organizations. */
export const INSTITUTION_METONYMS = wordMap("institution-metonyms", [
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

/** Acronyms of things, units and times, not of organizations ("an IED", "a UAV", "575 B.C."). */
export const THING_ACRONYMS = wordList("thing-acronyms", [
  "ied", "ieds", "vbied", "vbieds", "uav", "uavs", "rpg", "rpgs", "manpads", "atgm", "apc", "apcs", "icbm", "icbms", "wmd", "wmds", "ddg", "kc", "mlrs",
  // Formats, devices and media ("a DVD", "HDTV sets", "R&B"), and members of parliaments ("MPs").
  "dvd", "dvds", "cd", "cds", "hdtv", "iptv", "rfid", "gprs", "lcd", "usb", "mp3", "3g", "wi-fi", "r&b", "dj", "djs", "tb", "mps", "meps", "msps",
  "id", "gdp", "gnp", "cpi", "ceo", "cfo", "coo", "cto", "vip", "faq", "pdf", "url", "sms", "gps", "dna", "hiv", "aids", "tv", "pc", "suv", "atm", "ok",
  "am", "pm", "gmt", "bst", "utc", "est", "edt", "pst", "pdt", "bc", "ad", "ce", "bce",
  // Everyday abbreviations of phrases and roles ("won by KO", "FYI", "please RSVP", "the SVP of sales", "send your CV").
  "ko", "tko", "mvp", "fyi", "asap", "rsvp", "aka", "tba", "tbd", "diy", "vp", "svp", "evp", "cv", "roi", "irr",
]);

/** Lowercase nouns right before a name that make it an organization ("oil firm Yukos", "search giant Google", "rock band Green Day"). */
export const ORG_NOUNS_BEFORE = wordList("org-nouns-before", [
  "firm", "company", "giant", "group", "maker", "manufacturer", "producer", "retailer", "supermarket", "chain", "carrier", "airline", "bank", "lender", "insurer",
  "broadcaster", "network", "publisher", "studio", "label", "band", "conglomerate", "subsidiary", "operator", "newspaper", "magazine", "website", "agency", "charity", "party", "club",
]);

/** Participles after "was"/"were" or a comma that make a name a body: persons are born, bodies are founded ("Caloi was founded in 1898", "the band, formed in 1996"). */
export const FOUNDING_VERBS = wordList("founding-verbs", ["founded", "co-founded", "established", "formed", "incorporated"]);

/** Lowercase nouns after a name owned by a firm that make it a business of that firm ("its Yugansk unit", "Vivendi's Universal division"). */
export const ORG_UNITS_AFTER = wordList("org-units-after", ["unit", "units", "division", "divisions", "subsidiary", "subsidiaries", "arm", "affiliate"]);

/** Lowercase words before a name that make it an organization ("fighters of Daesh", "claimed by Daesh", "the fight against Daesh"), by the preposition between. */
export const ORG_CONTEXT_BEFORE = wordMap("org-context-before", [
  ["of", wordList("org-context-before-of", ["fighters", "militants", "members", "leader", "leaders", "leadership", "spokesman", "ranks", "remnants", "affiliates", "stronghold", "strongholds"])],
  ["by", wordList("org-context-before-by", ["claimed"])],
  ["against", wordList("org-context-before-against", ["fight", "campaign", "war", "offensive", "operations", "strikes", "struggle", "battle", "coalition"])],
  ["like", wordList("org-context-before-like", ["militias", "groups", "organizations", "organisations", "factions", "militants", "parties", "companies", "firms"])],
]);

/** Hyphen suffixes after a name that make it an organization ("ISIL-held", "Houthi-controlled"), unless it is a country. */
export const ORG_HYPHEN_SUFFIXES = wordList("org-hyphen-suffixes", ["held", "controlled", "led", "linked", "affiliated", "backed", "inspired", "run", "allied", "aligned", "occupied", "claimed"]);

/** After a name, these make it a ruler: "the Asad regime", "Assad’s brutal dictatorship". */
export const RULER_NOUNS = wordList("ruler-nouns", ["regime", "dictatorship", "presidency", "premiership", "reign", "administration"]);

/** After a name, these make it a group: "Daesh fighters", "Hezbollah militants". */
export const MEMBER_NOUNS = wordList("member-nouns", ["fighters", "militants", "terrorists", "insurgents", "jihadists", "extremists", "rebels", "guerrillas", "separatists", "members", "supporters", "militia", "militias", "operatives", "propaganda", "stronghold", "strongholds", "commanders", "leadership"]);
