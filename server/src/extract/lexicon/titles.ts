/**
 * Titles and roles of people. Hand-written from English news usage (British and American styles of
 * address, military ranks and their abbreviations, offices); no names from any evaluation set.
 */
import { difference, union, wordList } from "./word-list.js";

/** Courtesy titles: they address a person ("Mr Abbas") without saying what the person does. */
export const COURTESY_TITLES = wordList("courtesy-titles", ["mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lord", "lady"]);

/** Offices, ranks and callings written before a name ("President", "Lt.", "Archbishop"); each a title on its own. */
export const OFFICE_TITLES = wordList("office-titles", [
  "president", "minister", "premier", "chancellor", "secretary", "undersecretary",
  "king", "queen", "prince", "princess", "emir", "sheikh", "sultan", "pope", "imam", "ayatollah", "cardinal", "bishop", "rev", "reverend",
  "senator", "sen", "rep", "representative", "congressman", "congresswoman", "governor", "gov", "mayor",
  "ambassador", "envoy", "commissioner", "spokesman", "spokeswoman", "spokesperson", "chairman", "chairwoman", "director", "commander", "chief",
  "general", "gen", "lt", "lieutenant", "col", "colonel", "maj", "major", "capt", "captain", "sgt", "sergeant", "cpl", "corporal", "pvt", "spc", "specialist",
  "adm", "admiral", "brig", "brigadier", "cmdr", "marshal", "officer", "justice", "judge", "professor", "prof", "leader", "ceo", "executive", "advisor", "adviser", "speaker",
  "treasurer", "administrator", "attorney", "solicitor", "inspector", "superintendent", "detective", "sheriff", "mp", "mep", "councillor", "rabbi", "archbishop", "patriarch",
]);

/** Plural titles ("Leaders meet", "the foreign ministers"): they describe several people, never one. */
export const PLURAL_TITLES = wordList("plural-titles", ["presidents", "ministers", "leaders", "secretaries", "generals", "kings", "senators", "governors", "ambassadors"]);

/**
 * Words that only qualify a title ("Foreign Secretary", "Deputy Chief", "the Rt Hon", "Madam Speaker",
 * "Petty Officer", "Private" only as a rank before a name): part of a title, never one alone.
 */
export const TITLE_QUALIFIERS = wordList("title-qualifiers", [
  "madam", "hon", "honourable", "honorable", "rt", "vice", "prime", "chair", "deputy", "acting",
  "foreign", "defence", "defense", "interior", "finance", "state", "home", "special", "private", "petty", "warrant",
]);

/** The title words that really are a title on their own. */
export const TITLE_HEADS = union("title-heads", COURTESY_TITLES, OFFICE_TITLES, PLURAL_TITLES);

/** Titles and roles written before a person's name; never part of the name. */
export const TITLE_WORDS = union("title-words", TITLE_HEADS, TITLE_QUALIFIERS);

/** Title heads that describe what a person does ("Foreign Secretary", "President"), so that the title is itself a mention of them. */
export const NOMINAL_TITLES = difference("nominal-titles", TITLE_HEADS, COURTESY_TITLES);

/** Letters after a name ("Ken Macdonald QC", "Diane Abbott MP"): honours and offices, not part of the name. */
export const POST_NOMINALS = wordList("post-nominals", ["qc", "kc", "mp", "mep", "msp", "obe", "mbe", "cbe", "kbe", "dbe", "phd", "esq"]);

/** Lowercase role nouns that, just before a name, say it is a person ("spokesman John Kirby"). */
export const ROLE_NOUNS = wordList("role-nouns", [
  "spokesman", "spokeswoman", "spokesperson", "minister", "president", "secretary", "leader", "chief", "commander", "director", "official",
  "analyst", "reporter", "correspondent", "journalist", "lawyer", "professor", "ambassador", "envoy", "adviser", "advisor", "chairman", "founder",
  "colleague", "counterpart", "head", "governor", "mayor", "senator", "general", "candidate", "premier", "manager", "coach", "striker", "actor", "actress", "singer", "star", "captain", "player", "boss", "executive",
]);

/**
 * Lowercase roles after a name and before a person's that make the first name an organization ("Chelsea boss Jose Mourinho",
 * "Labour leader Tony Blair"). Not "minister" or "secretary": before them comes a portfolio ("Agriculture minister Dominique Bussereau").
 */
export const MEMBER_ROLES_AFTER = wordList("member-roles-after", [
  "boss", "chairman", "chairwoman", "chief", "manager", "coach", "captain", "skipper", "striker", "midfielder", "defender", "goalkeeper", "winger", "player",
  // Positions in rugby and cricket ("Sale Sharks prop Andrew Sheridan", "Wasps lock Simon Shaw", "Surrey batsman Mark Ramprakash").
  "prop", "lock", "flanker", "hooker", "forward", "batsman", "bowler", "spinner", "keeper",
  "leader", "founder", "owner", "director", "executive", "president", "candidate", "member", "mp", "mep", "councillor",
]);
