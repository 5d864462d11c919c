/** compromise's parse with part-of-speech tags, as every step of extraction asks for it: its pipeline less the chunker. */
import { nlp } from "./compromise-nlp.js";

/**
 * compromise's steps after `nlp.tokenize` (which runs its tokenizer and contractions), less its
 * chunker: the chunker only marks noun and verb groups (`term.chunk`), which no step here reads,
 * and it costs about a tenth of a parse. Tags, texts and offsets are those of `nlp(text)`
 * (tests/extract/compromise-parse.test.ts compares the two).
 */
const TOKENIZE_HOOKS = new Set(["contractions", "alias", "machine"]);
const TAGGING_HOOKS = nlp.hooks().filter((hook) => !TOKENIZE_HOOKS.has(hook) && hook !== "chunks");

/** compromise's parse of `text` with tags, without its chunker. */
export function parseWithTags(text: string) {
  return nlp.tokenize(text).compute(TAGGING_HOOKS);
}
