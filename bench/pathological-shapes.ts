/**
 * Text shapes that once made extraction super-linear (regexes backtracking, compromise given one
 * 100 KB "sentence"): the benchmark times them and the robustness tests extract them.
 */

/** Repeats `unit` to exactly `chars` characters. */
function fill(unit: string, chars: number): string {
  return unit.repeat(Math.ceil(chars / unit.length)).slice(0, chars);
}

/** Two-letter capitalized words, so every word looks like a name ("Aa Ba Ca ..."). */
function names(separator: string, chars: number): string {
  let unit = "";
  for (let i = 0; i < 26; i++) unit += `${String.fromCharCode(65 + i)}a${separator}`;
  return fill(unit, chars);
}

/** 676 distinct two-letter names ("Aa Ba ... Za Ab Bb ..."): compromise's cost grows with distinct words, which 26 repeated ones hide. */
function distinctNames(chars: number): string {
  let unit = "";
  for (let j = 0; j < 26; j++) for (let i = 0; i < 26; i++) unit += `${String.fromCharCode(65 + i)}${String.fromCharCode(97 + j)} `;
  return fill(unit, chars);
}

/** Each shape, by name, as a function of its length in characters. */
export const PATHOLOGICAL_SHAPES: Readonly<Record<string, (chars: number) => string>> = {
  "Aa Ba Ca ...": (n) => names(" ", n),
  "Aa Ba ... Ab Bb ... (676 distinct)": distinctNames,
  "Aa-Ba-Ca-...": (n) => names("-", n),
  "A and B and ...": (n) => fill("A and B and C and D and ", n),
  "runs of .": (n) => fill(".", n),
  "runs of !?": (n) => fill("!?", n),
  "Mr. Mr. ...": (n) => fill("Mr. ", n),
  "lowercase, no punctuation": (n) => fill("the talks went on for hours and nobody said much about it ", n),
  "runs of spaces": (n) => `Aa${" ".repeat(Math.max(0, n - 4))}Ba`,
};
