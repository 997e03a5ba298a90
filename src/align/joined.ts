import type { Similarity } from '../similarity/model';
import type { PreparedClause } from '../similarity/prepare';
import { conceptScorer } from '../similarity/signals';
import type { Unit } from '../text';
import type { Citation } from './citations';

/**
 * Two clauses on one subject naming the same day refer to the same event (see
 * citations.ts): that much is added to their score, so a reference with few words in
 * common can link, and a closer paraphrase still outranks it. A judgment, not fitted:
 * no evaluation set has references between documents.
 */
const CITATION_BONUS = 0.2;

export interface JoinedScorer {
  /** The joined texts' similarity, plus CITATION_BONUS when a clause of each side names the same day. */
  score(source: readonly number[], target: readonly number[]): number;
  /** `score([source], [target])` without the two arrays: it runs once per candidate pair. */
  scorePair(source: number, target: number): number;
  /** The days the group's two sides both name. */
  citedDays(source: readonly number[], target: readonly number[]): string[];
  sharedConcept(source: number, target: number): boolean;
  coverage(a: PreparedClause, b: PreparedClause): number;
  prepared(side: 'source' | 'target', members: readonly number[]): PreparedClause;
}

/**
 * Scores groups of clauses as their joined texts, preparing each distinct group once.
 * `cited` is read at each call: it is filled after the scorer is made, from its prepared clauses.
 */
export function joinedScorer(sim: Similarity, sources: readonly Unit[], targets: readonly Unit[], cited: ReadonlyMap<number, Citation>): JoinedScorer {
  const cache = new Map<string, PreparedClause>();
  // Single clauses, by far the most asked for, are kept in arrays; only groups need a string key.
  const singles = { source: sources.map((u) => sim.prepare(u.text)), target: targets.map((u) => sim.prepare(u.text)) };
  const prepared = (side: 'source' | 'target', members: readonly number[]): PreparedClause => {
    if (members.length === 1) return singles[side][members[0]!]!;
    const key = `${side}:${members.join(',')}`;
    let clause = cache.get(key);
    if (!clause) {
      clause = sim.prepareJoined(members.map((m) => singles[side][m]!));
      cache.set(key, clause);
    }
    return clause;
  };
  const citedDays = (s: readonly number[], t: readonly number[]): string[] => {
    const days = new Set<string>();
    for (const a of s) for (const b of t) for (const day of cited.get(a * targets.length + b)?.dates ?? []) days.add(day);
    return [...days];
  };
  // Once per candidate pair: no allocation, and nothing at all when no day is shared.
  const anyCited = (s: readonly number[], t: readonly number[]): boolean => {
    if (cited.size > 0) for (const a of s) for (const b of t) if (cited.has(a * targets.length + b)) return true;
    return false;
  };
  return {
    prepared,
    coverage: sim.coverage,
    citedDays,
    score: (s, t) => Math.min(1, sim.score(prepared('source', s), prepared('target', t)) + (anyCited(s, t) ? CITATION_BONUS : 0)),
    scorePair: (s, t) =>
      Math.min(1, sim.score(singles.source[s]!, singles.target[t]!) + (cited.size > 0 && cited.has(s * targets.length + t) ? CITATION_BONUS : 0)),
    sharedConcept: (s, t) => conceptScorer.score(prepared('source', [s]), prepared('target', [t])) > 0,
  };
}
