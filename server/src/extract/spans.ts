/** The typed span that flows between the classification and resolution steps. */
import type { EntityType } from "../types.js";

/**
 * `unknown`: a capitalized word with no cue yet (kept in case it is a known surname or acronym);
 * `role`: a title with no name ("the Foreign Secretary"), resolved to the person who holds it.
 */
export type SpanKind = EntityType | "unknown" | "role";

export interface Span {
  start: number;
  end: number;
  kind: SpanKind;
  /** Canonical label (for roles: the folded title). */
  label: string;
  sentence: number;
  /** For a person introduced with a title, the folded title ("foreign secretary"). */
  role?: string;
  /** A sentence-opening word: dropped unless it resolves to a name known in the document. */
  opener?: boolean;
  /** A person typed only by its context ("X said", "spokesman X"): good enough here, not for other documents. */
  weak?: boolean;
  /**
   * Typed by the learned tagger alone, no rule's cue: a name the corpus calls a thing anywhere is a thing here
   * too, even one word ("The Aviator has taken pole position" beside "the film The Aviator" in another story).
   */
  proposed?: true;
  /**
   * The name of a thing, no entity: an event, an award, a product or a work ("the film Vera Drake"). Kept with
   * the stored spans so that the same name, typed by no cue in another document, is no entity there either.
   */
  thing?: true;
}

/** Whether two [start, end) ranges share a character ("Acme Holdings" and a tagger's "Acme"). */
export function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}

type Range = { start: number; end: number };

/** The index of the first of `ranges` (in text order, not overlapping) that ends after `at`; `ranges.length` when none does. */
export function firstEndingAfter(ranges: readonly Range[], at: number): number {
  let lo = 0;
  let hi = ranges.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ranges[mid].end <= at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Ranges asked which of them overlap a range, by binary search on their starts and a scan back that
 * stops where no earlier range reaches: joining the tagger's names with the rules' spans costs each
 * name a few steps, where asking every span of a long document made the join grow with its square.
 */
export class OverlapIndex<T extends Range> {
  private readonly items: T[];
  /** reach[i]: the furthest end among items[0..i]. */
  private readonly reach: number[];

  constructor(items: readonly T[]) {
    this.items = [...items].sort((a, b) => a.start - b.start);
    this.reach = [];
    let furthest = -Infinity;
    for (const it of this.items) this.reach.push((furthest = Math.max(furthest, it.end)));
  }

  /** The items overlapping `r`, in order of their starts. */
  overlapping(r: Range): T[] {
    let lo = 0;
    let hi = this.items.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.items[mid].start < r.end) lo = mid + 1;
      else hi = mid;
    }
    const out: T[] = [];
    for (let i = lo - 1; i >= 0 && this.reach[i] > r.start; i--) if (this.items[i].end > r.start) out.push(this.items[i]);
    return out.reverse();
  }

  /** Whether any item overlaps `r`. */
  any(r: Range): boolean {
    return this.overlapping(r).length > 0;
  }
}
