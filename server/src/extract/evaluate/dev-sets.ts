/**
 * The four development sets `npm run eval` scores in one run: re3d-dev (the set the rules were tuned
 * on) and three open sets of other domains in ../shared/data/ner-open, all in re3d's layout.
 */
import { join } from "node:path";
import { loadRe3d, type Re3dDataset } from "./load-re3d.js";

export interface DevSet {
  /** Short name printed in the tables. */
  name: string;
  /** Folder under the data root. */
  folder: string;
}

export const DEV_SETS: readonly DevSet[] = [
  { name: "re3d-dev", folder: "re3d-dev" },
  { name: "wikigold", folder: "ner-open/wikigold" },
  { name: "crossner-politics", folder: "ner-open/crossner_politics" },
  { name: "uner-ewt", folder: "ner-open/uner_ewt" },
];

export interface NamedDataset extends Re3dDataset {
  name: string;
  dir: string;
}

/** Loads each set from `root` (a folder holding re3d-dev/ and ner-open/). */
export function loadDevSets(root: string, sets: readonly DevSet[] = DEV_SETS): NamedDataset[] {
  return sets.map((s) => {
    const dir = join(root, s.folder);
    return { name: s.name, dir, ...loadRe3d(dir) };
  });
}
