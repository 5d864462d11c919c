/**
 * The names documents and inputs go by in what entente stores, answers and exports: relative to
 * the input the user named, never an absolute server path (`GET /api/documents` used to answer
 * `/home/<user>/.../seeds/000_x.txt`, and every GEXF named the database file).
 */
import { basename, isAbsolute, normalize, relative, resolve, sep } from "node:path";

/** A path written with forward slashes, the same on every platform. */
function portable(path: string): string {
  return path.split(sep).join("/");
}

/** The short name of an input the user named: its last segment (`seeds`, `000_x.txt`), or "." for a root with none. */
export function inputName(input: string): string {
  return basename(resolve(input)) || ".";
}

/** True when `file` is `root` or lies under it. */
function isUnder(file: string, root: string): boolean {
  const r = normalize(root);
  const f = normalize(file);
  return f === r || f.startsWith(r.endsWith(sep) ? r : r + sep);
}

/**
 * The path of a document read from `file`, which was found under one of `roots` (the inputs as
 * named): `seeds/000_x.txt` for a file of the folder `seeds` (or `/srv/corpus/seeds`), the base
 * name for a file named directly or under none of the roots.
 */
export function documentPath(file: string, roots: readonly string[]): string {
  const root = roots.filter((r) => isUnder(file, r)).sort((a, b) => b.length - a.length)[0];
  if (root === undefined || normalize(root) === normalize(file)) return basename(file);
  return portable([inputName(root), relative(root, file)].filter((part) => part && part !== ".").join(sep));
}

/** True when `path` would tell where files live on the server: absolute, or climbing out with "..". */
function revealsServerPath(path: string): boolean {
  return isAbsolute(path) || /^[A-Za-z]:[\\/]/.test(path) || path.split(/[\\/]/).includes("..");
}

/**
 * A stored document path as answers show it. Documents stored before paths were kept relative may
 * hold an absolute path: shown relative to a known input root (`roots`, absolute) when under
 * one, else by base name. Relative paths, and "api", are shown as stored.
 */
export function presentPath(path: string, roots: readonly string[] = []): string {
  if (!revealsServerPath(path)) return path;
  return isAbsolute(path) ? documentPath(path, roots.map((r) => resolve(r))) : basename(path.replace(/\\/g, "/"));
}
