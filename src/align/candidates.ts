import type { PreparedClause } from '../similarity/prepare';

export interface Candidate {
  readonly source: number;
  readonly target: number;
  /** TF-IDF cosine: the cheap score that chose the candidate. */
  readonly cosine: number;
}

/**
 * A term found in more targets than this carries little weight (its IDF is
 * low) and walking its postings would make the short-list quadratic; it is
 * skipped unless the clause has nothing rarer.
 */
const postingCap = (targets: number): number => Math.max(64, Math.ceil(4 * Math.sqrt(targets)));

/**
 * Postings by term id (the clauses' shared IDF table numbers their terms), packed end to end: term i's targets, in
 * target order, and their weights are at starts[i] up to starts[i + 1]. One pair of arrays, not an object and two
 * arrays per term: the walk over them is the short-list's whole cost.
 */
interface Postings {
  readonly starts: Int32Array;
  readonly targets: Int32Array;
  readonly weights: Float64Array;
}

/**
 * For each source clause, the `k` target clauses with the highest TF-IDF
 * cosine, found through an inverted index: only targets sharing a term are
 * ever touched, so this never scores all pairs. Both sides must be prepared
 * by one similarity: the index is keyed by its term ids.
 *
 * @example
 * shortlist(sources, targets, 5) // [{ source: 0, target: 3, cosine: 0.71 }, …]
 */
export function shortlist(sources: readonly PreparedClause[], targets: readonly PreparedClause[], k: number): Candidate[] {
  const index = invertedIndex(targets);
  const { starts } = index;
  const terms = starts.length - 1;
  const cap = postingCap(targets.length);
  const dots = new Float64Array(targets.length);
  // Typed and reused from clause to clause: the targets this clause shares a term with, and its best k.
  const touched = new Int32Array(targets.length);
  const best = new Int32Array(k);
  const result: Candidate[] = [];
  // Read once: reaching into thousands of clause objects per source was most of the short-list's time.
  const norms = Float64Array.from(targets, (clause) => clause.norm || 1);
  for (let s = 0; s < sources.length; s += 1) {
    const clause = sources[s]!;
    let rarest = -1;
    let count = 0;
    // Terms in the clause's own order: each target's dot product is summed as it always was, to the last bit.
    for (let i = 0; i < clause.ids.length; i += 1) {
      const id = clause.ids[i]!;
      if (id >= terms) continue;
      const from = starts[id]!;
      const to = starts[id + 1]!;
      if (from === to) continue;
      if (to - from > cap) {
        if (rarest < 0 || to - from < starts[rarest + 1]! - starts[rarest]!) rarest = id;
        continue;
      }
      count = accumulate(index, from, to, clause.weights[i]!, dots, touched, count);
    }
    // Only common terms in this clause: walk the least common one, so it still gets candidates.
    if (count === 0 && rarest >= 0) count = accumulate(index, starts[rarest]!, starts[rarest + 1]!, 1, dots, touched, count);
    // Rank by cosine, not by raw dot product: a long clause repeating the shared words must not outrank an exact copy.
    for (let i = 0; i < count; i += 1) dots[touched[i]!] = dots[touched[i]!]! / norms[touched[i]!]!;
    const found = topK(touched, count, dots, best);
    for (let i = 0; i < found; i += 1) result.push({ source: s, target: best[i]!, cosine: dots[best[i]!]! / (clause.norm || 1) });
    for (let i = 0; i < count; i += 1) dots[touched[i]!] = 0;
  }
  return result;
}

function invertedIndex(targets: readonly PreparedClause[]): Postings {
  let terms = 0;
  for (const clause of targets) for (let i = 0; i < clause.ids.length; i += 1) terms = Math.max(terms, clause.ids[i]! + 1);
  const starts = new Int32Array(terms + 1);
  for (const clause of targets) for (let i = 0; i < clause.ids.length; i += 1) starts[clause.ids[i]! + 1]! += 1;
  for (let id = 0; id < terms; id += 1) starts[id + 1]! += starts[id]!;
  const posted = new Int32Array(starts[terms]!);
  const weights = new Float64Array(starts[terms]!);
  const filled = starts.slice(0, terms);
  targets.forEach((clause, t) => {
    for (let i = 0; i < clause.ids.length; i += 1) {
      const at = filled[clause.ids[i]!]!++;
      posted[at] = t;
      weights[at] = clause.weights[i]!;
    }
  });
  return { starts, targets: posted, weights };
}

/** Adds the products of postings from…to into `dots`, recording first-touched targets after `count`; returns the new count. */
function accumulate(index: Postings, from: number, to: number, weight: number, dots: Float64Array, touched: Int32Array, count: number): number {
  const { targets, weights } = index;
  let n = count;
  for (let i = from; i < to; i += 1) {
    const t = targets[i]!;
    if (dots[t] === 0) touched[n++] = t;
    dots[t] = dots[t]! + weight * weights[i]!;
  }
  return n;
}

/**
 * Writes the touched targets with the largest scores (ties to the lower index)
 * into `best`, best first, without sorting them all; returns how many: the
 * first `best.length` of a full sort by that order.
 */
export function topK(touched: Int32Array, count: number, dots: Float64Array, best: Int32Array): number {
  const k = best.length;
  let size = 0;
  for (let j = 0; j < count; j += 1) {
    const t = touched[j]!;
    if (size === k && !better(dots, t, best[k - 1]!)) continue;
    let i = Math.min(size, k - 1);
    if (size < k) size += 1;
    while (i > 0 && better(dots, t, best[i - 1]!)) {
      best[i] = best[i - 1]!;
      i -= 1;
    }
    best[i] = t;
  }
  return size;
}

const better = (dots: Float64Array, a: number, b: number): boolean => dots[a]! > dots[b]! || (dots[a] === dots[b] && a < b);
