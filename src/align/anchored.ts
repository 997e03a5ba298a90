import { heaviestChain } from './chain';

/** A candidate pair of unit positions (not `index` values) with its score. */
export interface ScoredPair {
  readonly s: number;
  readonly t: number;
  readonly w: number;
}

/** A link in the making: positions of the grouped units on each side. */
export interface Group {
  source: number[];
  target: number[];
  score: number;
}

/**
 * How far (in target units) a pair may lie from the straight line between the
 * two links around it and still count as anchored. Chosen on DEplain-web dev:
 * 0.5 to 2 all helped; beyond that a gap's pairs are guesses again.
 */
const MAX_DRIFT = 1;

/**
 * Between two links that keep document order, a pair on the line joining them
 * needs less lexical evidence: its position already says it is the same
 * passage. Adds the heaviest order-keeping set of such pairs scoring at least
 * `low` to `chain` (which must be sorted by `s`, as `heaviestChain` returns it).
 *
 * @example
 * // 0→0 and 2→2 are linked; 1→1 scores only 0.42 but sits right between them.
 * fillAnchoredGaps([{ s: 0, t: 0, w: 0.9 }, { s: 2, t: 2, w: 0.8 }], [{ s: 1, t: 1, w: 0.42 }], 0.4) // all three
 */
export function fillAnchoredGaps<P extends ScoredPair>(chain: readonly P[], candidates: readonly P[], low: number): P[] {
  const usedS = new Set(chain.map((p) => p.s));
  const usedT = new Set(chain.map((p) => p.t));
  const anchored = (p: P): boolean => {
    let lo = 0;
    let hi = chain.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (chain[mid]!.s < p.s) lo = mid + 1;
      else hi = mid;
    }
    const before = chain[lo - 1];
    const after = chain[lo];
    // Before the first link or after the last there is no line to be near.
    if (!before || !after || before.t >= p.t || after.t <= p.t) return false;
    const expected = before.t + ((p.s - before.s) * (after.t - before.t)) / (after.s - before.s);
    return Math.abs(p.t - expected) <= MAX_DRIFT;
  };
  const extra = candidates.filter((p) => p.w >= low && !usedS.has(p.s) && !usedT.has(p.t) && anchored(p));
  return [...chain, ...heaviestChain(extra)].sort((a, b) => a.s - b.s);
}

/** A gap this small on both sides, between two links, is one passage rewritten (a sentence split in up to three). */
const SANDWICH_SOURCE = 1;
const SANDWICH_TARGET = 3;

/**
 * Where one unlinked source unit and one to three unlinked target units sit
 * between the same two consecutive links, they are the same passage
 * rewritten — typically a long sentence split into short ones whose words
 * changed too much for any piece to match alone. They become one group when
 * their joined score reaches `low`. `groups` must keep document order.
 *
 * @example
 * // links 0→0 and 2→4 leave source 1 and targets 1–3 between them
 * sandwichedGroups(groups, (s, t) => sim.score(...), 0.2) // [{ source: [1], target: [1, 2, 3], score: 0.31 }]
 */
export function sandwichedGroups(groups: readonly Group[], score: (source: number[], target: number[]) => number, low: number): Group[] {
  const ordered = [...groups].sort((a, b) => a.source[0]! - b.source[0]!);
  const found: Group[] = [];
  for (let i = 0; i + 1 < ordered.length; i += 1) {
    const left = ordered[i]!;
    const right = ordered[i + 1]!;
    const source = between(left.source, right.source);
    const target = between(left.target, right.target);
    if (source.length < 1 || source.length > SANDWICH_SOURCE || target.length < 1 || target.length > SANDWICH_TARGET) continue;
    const joined = score(source, target);
    if (joined >= low) found.push({ source, target, score: joined });
  }
  return found;
}

/** The positions strictly between the end of one group's side and the start of the next's (empty if they cross). */
function between(left: readonly number[], right: readonly number[]): number[] {
  const from = left[left.length - 1]! + 1;
  const to = right[0]! - 1;
  const out: number[] = [];
  for (let k = from; k <= to; k += 1) out.push(k);
  return out;
}
