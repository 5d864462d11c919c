/**
 * Names of things that are neither people nor organizations: events and competitions, awards, products
 * and works. Written from general news vocabulary (sport, culture, technology); no evaluation-set names.
 */
import { wordList } from "./word-list.js";

/** Last words of the names of events, competitions and awards ("Davis Cup", "Commonwealth Games", "Turner Prize"). */
export const EVENT_HEADS = wordList("event-heads", [
  "cup", "trophy", "championship", "championships", "games", "olympics", "olympiad", "paralympics", "awards", "award", "prize", "prizes",
  "festival", "marathon", "grand prix", "world series", "expo",
]);

/**
 * Last words of the names of treaties, laws and contracts ("Oslo Accords", "Kyoto Protocol", "Patriot Act").
 * Not "pact", "convention" nor a singular "accord": "Warsaw Pact" and "Southern Baptist Convention" are also bodies, and parties take "Accord" as a name.
 */
export const AGREEMENT_HEADS = wordList("agreement-heads", ["agreement", "agreements", "treaty", "treaties", "accords", "protocol", "act"]);

/** First words of the names of storms ("Hurricane Katrina", "Typhoon Haiyan"). */
export const STORM_WORDS = wordList("storm-words", ["hurricane", "typhoon", "cyclone", "storm", "tropical"]);

/**
 * Competitions named without a head word ("Premiership"), and the words before "League" that make a competition of it ("Champions League").
 * "Wimbledon" is the tennis championship far more often than the London district ("two more followed at Wimbledon").
 */
export const COMPETITIONS = wordList("competitions", ["premiership", "bundesliga", "la liga", "serie a", "eredivisie", "super bowl", "ryder cup", "tour de france", "wimbledon"]);
export const COMPETITION_LEAGUES = wordList("competition-leagues", ["champions", "premier", "europa", "super", "football", "rugby", "major", "minor", "carling", "nationwide", "celtic", "magners"]);

/** Number words before "Nations" in a competition's name ("Six Nations", "Tri Nations"). */
export const NATIONS_COUNTS = wordList("nations-counts", ["six", "five", "four", "tri", "three"]);

/** Awards named by one word, used bare ("won an Oscar", "Grammy nominations"). */
export const AWARD_NAMES = wordList("award-names", ["oscar", "oscars", "grammy", "grammys", "grammies", "emmy", "emmys", "bafta", "baftas", "golden globe", "golden globes", "brit", "brits", "tony awards", "olivier"]);

/** Holidays and feasts ("sales over Christmas", "Easter trading"), which the tagger, reading a capital and no cue, takes for people. */
export const HOLIDAYS = wordList("holidays", [
  "christmas", "christmas day", "christmas eve", "easter", "easter sunday", "easter monday", "good friday", "boxing day", "new year",
  "new year's day", "new year's eve", "hogmanay", "halloween", "thanksgiving", "ramadan", "eid", "diwali", "hanukkah", "passover",
  "valentine's day", "bonfire night", "guy fawkes night",
]);

/**
 * Nouns that follow a product's name ("the DS handheld", "the PSP console"). Not "chips", "cars" or
 * "player": "Intel chips", "Ford cars" and "Chelsea player" name the maker or the club.
 */
export const PRODUCT_NOUNS = wordList("product-nouns", [
  "console", "consoles", "handheld", "handhelds", "handset", "handsets", "gadget", "gadgets", "browser", "browsers",
  "laptop", "laptops", "smartphone", "smartphones", "format", "formats",
]);

/** Nouns that introduce a work's title ("the film Vera Drake", "BBC drama Bleak House"). */
export const WORK_NOUNS = wordList("work-nouns", [
  "film", "films", "movie", "movies", "novel", "album", "single", "song", "play", "musical", "sitcom", "drama", "series", "show", "documentary",
  "book", "opera", "biopic", "comedy", "thriller", "soap", "programme", "epic", "blockbuster", "cartoon",
]);

/**
 * Nouns after which a name of two words or more is a work's ("the Lord of the Rings trilogy", "the Star Trek
 * franchise"). Not "film", "album", "musical" or "series": "the Tony Blair documentary", "the Elton John musical" name
 * the subject or the maker, and "the Test series" is a competition; nor "saga", news's word for an affair ("the Ferguson-Wenger saga").
 */
export const WORK_KINDS = wordList("work-kinds", ["trilogy", "trilogies", "franchise", "sequel", "sequels", "prequel"]);
