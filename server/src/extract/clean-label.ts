/** Canonical labels: quotes, possessives, stray punctuation and titles trimmed from a surface form. */
import { POST_NOMINALS, TITLE_WORDS } from "./lexicon/index.js";

/** Collapses whitespace and trims quotes, brackets, possessive 's and trailing punctuation. */
export function cleanLabel(surface: string): string {
  let s = surface.replace(/\s+/g, " ").trim();
  for (let previous = ""; previous !== s; ) {
    previous = s;
    s = s
      .replace(/^["“”‘’'([]+|["“”‘’'()\]]+$/g, "")
      .replace(/['’]s?$/, "")
      .replace(/[,;:!?]+$/, "")
      .replace(/(?<!\b\p{L})\.$/u, "") // a closing stop, but not the last stop of "U.S." or "J."
      .trim();
  }
  return s.replace(/^the\s+/i, "");
}

/**
 * A person's name without leading titles or trailing letters: "President Vladimir Putin" -> "Vladimir Putin",
 * "Mr. Putin" -> "Putin", "Ken Macdonald QC" -> "Ken Macdonald".
 */
export function cleanPersonName(surface: string): string {
  const words = cleanLabel(surface).split(" ");
  const bare = (w: string): string => w.toLowerCase().replace(/[.,]/g, "");
  let i = 0;
  while (i < words.length - 1 && TITLE_WORDS.has(bare(words[i]))) i++;
  let j = words.length;
  while (j - i > 1 && POST_NOMINALS.has(bare(words[j - 1]))) j--;
  return cleanLabel(words.slice(i, j).join(" "));
}
