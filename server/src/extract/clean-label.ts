/** Canonical labels: quotes, possessives, stray punctuation and titles trimmed from a surface form. */
import { TITLE_WORDS } from "./type-cues.js";

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

/** A person's name without leading titles: "President Vladimir Putin" -> "Vladimir Putin", "Mr. Putin" -> "Putin". */
export function cleanPersonName(surface: string): string {
  const words = cleanLabel(surface).split(" ");
  let i = 0;
  while (i < words.length - 1 && TITLE_WORDS.has(words[i].toLowerCase().replace(/\.$/, ""))) i++;
  return words.slice(i).join(" ");
}
