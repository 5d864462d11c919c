/** A document's category: the folder it was read from, as the BBC corpus files its stories (`business/012.txt`). */

/**
 * The last folder of a stored document path, or undefined for a path without one (a file named
 * directly, an upload, `api`): `bbc/business/012.txt` and `business/012.txt` are `business`,
 * `seeds/000_x.txt` is `seeds`. The last folder, not the first, because paths start with the
 * input the user named (`bbc`), which is the corpus, not a category within it.
 */
export function categoryOf(path: string): string | undefined {
  const parts = path.split(/[\\/]/).filter((part) => part !== "" && part !== ".");
  return parts.length >= 2 ? parts[parts.length - 2] : undefined;
}
