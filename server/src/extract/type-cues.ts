/**
 * Word lists that decide an entity's type from its context: titles and roles
 * (persons), head words (organizations), verbs of saying, and seats of
 * government that news uses for their institution ("the White House said").
 * General English news vocabulary only; no names from any evaluation set.
 */

/** Plural titles ("Leaders meet", "the foreign ministers"): they describe several people, never one. */
export const PLURAL_TITLES = new Set(["presidents", "ministers", "leaders", "secretaries", "generals", "kings", "senators", "governors", "ambassadors"]);

/** Titles and roles written before a person's name; never part of the name. */
export const TITLE_WORDS = new Set([
  "mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lord", "lady", "madam", "hon", "honourable", "honorable", "rt",
  "president", "vice", "prime", "minister", "premier", "chancellor", "secretary", "undersecretary",
  "king", "queen", "prince", "princess", "emir", "sheikh", "sultan", "pope", "imam", "ayatollah", "cardinal", "bishop", "rev", "reverend",
  "senator", "sen", "rep", "representative", "congressman", "congresswoman", "governor", "gov", "mayor",
  "ambassador", "envoy", "commissioner", "spokesman", "spokeswoman", "spokesperson", "chairman", "chairwoman", "chair",
  "director", "commander", "chief", "deputy", "acting", "foreign", "defence", "defense", "interior", "finance", "state", "home", "special", "advisor", "adviser",
  "general", "gen", "lt", "lieutenant", "col", "colonel", "maj", "major", "capt", "captain", "sgt", "sergeant", "cpl", "corporal", "pvt", "private", "spc", "specialist",
  "adm", "admiral", "brig", "brigadier", "cmdr", "marshal", "officer", "petty", "warrant", "justice", "judge", "professor", "prof", "leader", "ceo", "speaker", "executive",
  "treasurer", "attorney", "solicitor", "inspector", "superintendent", "detective", "sheriff", "mp", "mep", "councillor", "rabbi", "archbishop", "patriarch",
  ...PLURAL_TITLES,
]);

/** Of the title words, those that really are a title on their own (the rest only qualify one: "Foreign", "Deputy"). */
export const TITLE_HEADS = new Set([
  "mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lord", "lady",
  "president", "minister", "premier", "chancellor", "secretary", "undersecretary", "king", "queen", "prince", "princess", "emir", "sheikh", "sultan", "pope", "imam", "ayatollah", "cardinal", "bishop", "rev", "reverend",
  "senator", "sen", "rep", "representative", "congressman", "congresswoman", "governor", "gov", "mayor", "ambassador", "envoy", "commissioner",
  "spokesman", "spokeswoman", "spokesperson", "chairman", "chairwoman", "director", "commander", "chief",
  "general", "gen", "lt", "lieutenant", "col", "colonel", "maj", "major", "capt", "captain", "sgt", "sergeant", "cpl", "corporal", "pvt", "spc", "specialist",
  "adm", "admiral", "brig", "brigadier", "cmdr", "marshal", "officer", "justice", "judge", "professor", "prof", "leader", "ceo", "executive", "advisor", "adviser", "speaker",
  "treasurer", "attorney", "solicitor", "inspector", "superintendent", "detective", "sheriff", "mp", "mep", "councillor", "rabbi", "archbishop", "patriarch",
  ...PLURAL_TITLES,
]);

/** Lowercase role nouns that, just before a name, say it is a person ("spokesman John Kirby"). */
export const ROLE_NOUNS = new Set([
  "spokesman", "spokeswoman", "spokesperson", "minister", "president", "secretary", "leader", "chief", "commander", "director", "official",
  "analyst", "reporter", "correspondent", "journalist", "lawyer", "professor", "ambassador", "envoy", "adviser", "advisor", "chairman", "founder",
  "colleague", "counterpart", "head", "governor", "mayor", "senator", "general", "candidate", "premier", "manager", "coach", "striker", "actor", "actress", "singer", "star", "captain", "player", "boss", "executive",
]);

/** Lowercase roles after a name and before a person's that make the first name an organization ("Chelsea boss Jose Mourinho", "Labour leader Tony Blair"). */
export const MEMBER_ROLES_AFTER = new Set([
  "boss", "chairman", "chairwoman", "chief", "manager", "coach", "captain", "striker", "midfielder", "defender", "goalkeeper", "winger", "player",
  "leader", "founder", "owner", "director", "executive", "president", "candidate", "member", "mp", "mep", "councillor",
  // Not "minister" or "secretary": before them comes a portfolio ("Agriculture minister Dominique Bussereau").
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
  "company", "corporation", "corp", "inc", "ltd", "plc", "co", "llc", "ag", "sa", "nv", "fc", "holdings", "industries", "airlines", "airways", "motors", "bureau", "board", "foundation",
  "society", "club", "center", "centre", "academy", "forum", "church", "cabinet", "regime", "state", "mission", "programme", "program", "unit", "units", "task", "times", "post", "news", "press",
  "broadcasting", "television", "radio", "channel", "journal", "herald", "telegraph", "tribune", "guardian", "community", "secretariat", "observatory", "nations",
  // Military units and diplomatic posts ("507th Air Refueling Wing", "U.S. 5th Fleet", "the U.S. Embassy").
  "wing", "fleet", "flotilla", "squadron", "platoon", "embassy", "consulate",
  // Business names ("First Choice Foods", "Jupiter Research", "Samuel Goldwyn Films").
  "foods", "films", "pictures", "studios", "records", "entertainment", "media", "research", "labs", "laboratories", "systems", "technologies", "software",
  "solutions", "partners", "capital", "investments", "securities", "insurance", "pharmaceuticals", "communications", "telecom", "energy", "distribution", "stores", "daily",
]);

/** Documents an organization issues, named after it ("UN Security Council Resolution 2254"): not part of its name. */
export const DOCUMENT_NOUNS = new Set(["resolution", "resolutions", "report", "statement", "communique", "declaration", "charter", "decision", "directive", "ruling"]);

/**
 * First words of Arabic organization names, as English news transliterates them: front, army, brigade,
 * movement, party, committee, battalion, supporters, free men, soldiers, legion ("Jabhat al-Nusra",
 * "Ahrar al-Sham", "Hay'at Tahrir al-Sham", "Jaish al-Islam").
 */
export const ARABIC_ORG_HEADS = new Set([
  "jabhat", "jebhat", "jaish", "jaysh", "jeish", "liwa", "harakat", "harakah", "hizb", "hayat", "hay'at", "hayat", "katibat", "kataib", "kata'ib",
  "ansar", "ahrar", "jund", "faylaq", "tanzim", "saraya", "asaib", "asa'ib", "majlis", "tahrir",
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

/**
 * Connectors that only join right after an organization's head word ("Council on Foreign Relations") or, for "for", a title
 * ("Minister for the Middle East"); never "BBC One on Fridays", "Deputy Secretary on Twitter" or "Daniela Hantuchova for the Australian Open".
 */
export const HEAD_ONLY_CONNECTORS = new Map([
  ["on", "organization"],
  ["for", "organization or title"],
]);

/** Generational suffixes after a surname ("Charles H. Keating IV", "Martin Luther King Jr."): not the name a later mention uses. */
export const NAME_SUFFIXES = new Set(["jr", "sr", "ii", "iii", "iv"]);

/** Letters after a name ("Ken Macdonald QC", "Diane Abbott MP"): honours and offices, not part of the name. */
export const POST_NOMINALS = new Set(["qc", "kc", "mp", "mep", "msp", "obe", "mbe", "cbe", "kbe", "dbe", "phd", "esq"]);

/** Short English words after a hyphen that make a compound, not a name ("U.S.-led", "Iran-born", "EU-wide"). */
export const HYPHEN_WORDS = new Set(["led", "held", "run", "born", "made", "era", "wide", "like", "free", "only", "old", "type", "owned", "based", "style", "mad", "ban", "war", "day", "year", "deal", "bid", "tie", "row", "talk"]);

/** Name particles that join with a hyphen ("al-Assad", "el-Sisi"). */
export const HYPHEN_PARTICLES = new Set(["al", "el", "ad", "ar", "as", "ash", "at", "az", "an", "bin", "ibn", "abu", "abd", "bint"]);

/** Capitalized words that open a sentence without naming anything (beyond what compromise tags as function words). */
export const NOT_NAMES = new Set([
  "i", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
  "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
  "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
  "god", "allah", "internet", "web", "english", "arabic", "islam", "christmas", "easter", "ramadan", "eid",
  // Labels of interview transcripts ("QUESTION: ...", "ANSWER: ...").
  "question", "answer",
  // Answers ("the No campaign") and the contracted "I" ("I'm", "I've").
  "yes", "no", "i'm", "i've", "i'll", "i'd", "im", "ive",
]);

/** Quantifiers capitalized only because they open a sentence ("All Alfa Romeo models", "Both the Italian government"). */
export const QUANTIFIERS = new Set(["all", "both", "every", "each", "some", "many", "most", "several", "few", "any", "other", "another", "such"]);

/** Prepositions compromise's word list files as adjectives: never the first word of a name, and what follows is a place ("Near Ayn Isa, one strike ..."). */
export const LEADING_PREPOSITIONS = new Set(["near", "amid", "inside", "outside", "beyond"]);

/** Pronouns and determiners compromise sometimes tags as proper nouns when they open a sentence ("He said Russia ..."); never names unless written as acronyms ("IT"). */
export const PRONOUNS = new Set(["he", "she", "it", "we", "they", "you", "his", "her", "its", "our", "their", "my", "your", "this", "that", "these", "those"]);

/** Modals and auxiliaries that open a question ("Will Russia, China Discuss War?"): never the first name of what follows. */
export const QUESTION_OPENERS = new Set(["will", "would", "can", "could", "shall", "should", "may", "might", "must", "do", "does", "did", "is", "are", "was", "were", "has", "have", "had"]);

/** Acronyms of things, units and times, not of organizations ("an IED", "a UAV", "575 B.C."). */
export const THING_ACRONYMS = new Set([
  "ied", "ieds", "vbied", "vbieds", "uav", "uavs", "rpg", "rpgs", "manpads", "atgm", "apc", "apcs", "icbm", "icbms", "wmd", "wmds", "ddg", "kc", "mlrs",
  // Formats, devices and media ("a DVD", "HDTV sets", "R&B"), and members of parliaments ("MPs").
  "dvd", "dvds", "cd", "cds", "hdtv", "iptv", "rfid", "gprs", "lcd", "usb", "mp3", "3g", "wi-fi", "r&b", "dj", "djs", "tb", "mps", "meps", "msps",
  "id", "gdp", "gnp", "cpi", "ceo", "cfo", "coo", "cto", "vip", "faq", "pdf", "url", "sms", "gps", "dna", "hiv", "aids", "tv", "pc", "suv", "atm", "ok",
  "am", "pm", "gmt", "bst", "utc", "est", "edt", "pst", "pdt", "bc", "ad", "ce", "bce",
]);

/** Combining forms of country names in adjective compounds ("Sino-Russian", "Franco-German"): the country, not an organization. */
export const COMBINING_FORMS = new Map<string, string>([
  ["sino", "China"], ["russo", "Russia"], ["franco", "France"], ["anglo", "United Kingdom"], ["indo", "India"], ["italo", "Italy"],
  ["greco", "Greece"], ["turco", "Turkey"], ["irano", "Iran"], ["germano", "Germany"], ["hispano", "Spain"], ["luso", "Portugal"], ["nippo", "Japan"], ["austro", "Austria"],
]);

/** Verbs of meeting and addressing someone: a 2-3 word name as their subject or object is a person ("Xi Jinping met Vladimir Putin"). */
export const INTERACTION_VERBS = new Set([
  "met", "meets", "meet", "meeting", "spoke", "speaks", "talked", "talks", "told", "tells", "called", "calls", "phoned", "visited", "visits", "hosted", "hosts",
  "welcomed", "welcomes", "thanked", "thanks", "congratulated", "congratulates", "criticized", "criticised", "criticizes", "criticises", "accused", "accuses",
  "urged", "urges", "invited", "invites", "said", "says", "praised", "praises", "endorsed", "endorses", "appointed", "appoints", "married", "interviewed",
]);

/** Prepositions that may sit between an interaction verb and its object ("spoke with", "talked to", "meeting with"). */
export const INTERACTION_PREPOSITIONS = new Set(["with", "to"]);

/** Lowercase words before a name that make it an organization ("fighters of Daesh", "claimed by Daesh", "the fight against Daesh"). */
export const ORG_CONTEXT_BEFORE = new Map<string, Set<string>>([
  ["of", new Set(["fighters", "militants", "members", "leader", "leaders", "leadership", "spokesman", "ranks", "remnants", "affiliates", "stronghold", "strongholds"])],
  ["by", new Set(["claimed"])],
  ["against", new Set(["fight", "campaign", "war", "offensive", "operations", "strikes", "struggle", "battle", "coalition"])],
  ["like", new Set(["militias", "groups", "organizations", "organisations", "factions", "militants", "parties", "companies", "firms"])],
]);

/** Lowercase nouns right before a name that make it an organization ("oil firm Yukos", "search giant Google", "rock band Green Day"). */
export const ORG_NOUNS_BEFORE = new Set([
  "firm", "company", "giant", "group", "maker", "manufacturer", "producer", "retailer", "supermarket", "chain", "carrier", "airline", "bank", "lender", "insurer",
  "broadcaster", "network", "publisher", "studio", "label", "band", "conglomerate", "subsidiary", "operator", "newspaper", "magazine", "website", "agency", "charity", "party", "club",
]);

/** Hyphen suffixes after a name that make it an organization ("ISIL-held", "Houthi-controlled"), unless it is a country. */
export const ORG_HYPHEN_SUFFIXES = new Set(["held", "controlled", "led", "linked", "affiliated", "backed", "inspired", "run", "allied", "aligned", "occupied", "claimed"]);

/** After a name, these make it a ruler: "the Asad regime", "Assad’s brutal dictatorship". */
export const RULER_NOUNS = new Set(["regime", "dictatorship", "presidency", "premiership", "reign", "administration"]);

/** After a name, these make it a group: "Daesh fighters", "Hezbollah militants". */
export const MEMBER_NOUNS = new Set(["fighters", "militants", "terrorists", "insurgents", "jihadists", "extremists", "rebels", "guerrillas", "separatists", "members", "supporters", "militia", "militias", "operatives", "propaganda", "stronghold", "strongholds", "commanders", "leadership"]);

/** Last words of place names: a name ending in one is no person, whatever verb it goes with ("visited Silicon Valley"). */
export const PLACE_HEADS = new Set([
  "square", "street", "road", "avenue", "lane", "boulevard", "valley", "city", "town", "village", "county", "province", "region", "district", "island", "islands",
  "river", "lake", "mountain", "mountains", "hills", "bay", "gulf", "sea", "ocean", "coast", "desert", "park", "airport", "station", "stadium", "arena", "hall", "palace",
  "bridge", "port", "harbour", "harbor", "beach", "peninsula", "strait", "canal", "base", "camp", "dam", "field", "heights", "plain", "plains", "forest", "castle", "tower",
]);
