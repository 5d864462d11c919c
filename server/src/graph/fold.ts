/** Case- and accent-insensitive text folding, shared by search and ids. */

/** Lower-cases and strips diacritics: "Erdoğan" -> "erdogan". */
export function fold(text: string): string {
  return text.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase();
}
