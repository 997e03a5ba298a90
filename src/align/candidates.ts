import type { PreparedClause } from '../similarity/prepare';

export interface Candidate {
  readonly source: number;
  readonly target: number;
  /** TF-IDF cosine: the cheap score that chose the candidate. */
  readonly cosine: number;
}

/** Terms found in more than this share of the targets carry little and would make postings quadratic. */
const MAX_DF_SHARE = 0.2;
const MIN_POSTINGS_KEPT = 50;

/**
 * For each source clause, the `k` target clauses with the highest TF-IDF
 * cosine, found through an inverted index: only targets sharing a term are
 * ever touched, so this never scores all pairs.
 *
 * @example
 * shortlist(sources, targets, 5) // [{ source: 0, target: 3, cosine: 0.71 }, …]
 */
export function shortlist(sources: readonly PreparedClause[], targets: readonly PreparedClause[], k: number): Candidate[] {
  const postings = new Map<string, Array<[number, number]>>();
  targets.forEach((clause, t) => {
    for (const [term, weight] of clause.vector) {
      let list = postings.get(term);
      if (!list) postings.set(term, (list = []));
      list.push([t, weight]);
    }
  });
  const maxPostings = Math.max(MIN_POSTINGS_KEPT, Math.floor(targets.length * MAX_DF_SHARE));
  const dots = new Float64Array(targets.length);
  const touched: number[] = [];
  const result: Candidate[] = [];
  sources.forEach((clause, s) => {
    for (const [term, weight] of clause.vector) {
      const list = postings.get(term);
      if (!list || list.length > maxPostings) continue;
      for (const [t, targetWeight] of list) {
        if (dots[t] === 0) touched.push(t);
        dots[t] = dots[t]! + weight * targetWeight;
      }
    }
    const ranked = touched
      .map((t) => ({ source: s, target: t, cosine: dots[t]! / (clause.norm * targets[t]!.norm || 1) }))
      .sort((x, y) => y.cosine - x.cosine || x.target - y.target)
      .slice(0, k);
    result.push(...ranked);
    for (const t of touched) dots[t] = 0;
    touched.length = 0;
  });
  return result;
}
