/** The full person name a shorter one stands for in a document ("Putin" -> "Vladimir Putin", "Abu Jandal" -> "Abu Jandal al-Kuwaiti"). */
import { nameWords } from "../name-keys.js";

/** Whether `short` is `long` with words left out, keeping its first or its last ("Abu Jandal", "Joseph Votel" of "Joseph L. Votel"). */
function isShortFormOf(short: string[], long: string[]): boolean {
  if (short.length >= long.length || (short[0] !== long[0] && short[short.length - 1] !== long[long.length - 1])) return false;
  let j = 0;
  for (const w of long) if (w === short[j]) j++;
  return j === short.length;
}

/**
 * The one full name a shorter name can stand for, if exactly one fits: a single word by the
 * first or last word of a full name, two words as a short form of it.
 */
export function fullNameFor(label: string, persons: Map<string, Set<string>>): string | undefined {
  const words = nameWords(label);
  if (words.length === 0) return undefined;
  if (words.length === 1) {
    const found = persons.get(words[0]);
    return found && found.size === 1 ? [...found][0] : undefined;
  }
  // Only a two-word short form: "George W. Bush" is a full name of its own, not a short "George H. W. Bush".
  if (words.length > 2) return undefined;
  const longer = new Set<string>();
  for (const key of [words[0], words[words.length - 1]]) {
    for (const full of persons.get(key) ?? []) if (isShortFormOf(words, nameWords(full))) longer.add(full);
  }
  return longer.size === 1 ? [...longer][0] : undefined;
}
