import type { LinearModel } from '../similarity/model';
import type { Group } from './anchored';

/** How the free clauses between two links are read as one passage (see LinearModel's `stretches`). */
export type StretchSettings = NonNullable<LinearModel['stretches']>;

/**
 * A stretch larger than this (source × target clauses) is left as it is: the
 * passage model reads every pair of it, and a stretch that long is a free
 * retelling, not a sentence split (DEplain-web dev's largest is 7,378).
 */
export const MAX_STRETCH_CELLS = 10_000;
/**
 * Pairs scored by the passage reading in one alignment, all stretches together (and as much again for re-reading weak
 * links): each stretch is bounded, but a long
 * document cut into many of them by sparse links (one every hundred clauses of 20,000) would score two million pairs.
 * Past this, the remaining stretches stay as they are. DEplain-web's documents use at most a tenth of it.
 */
export const MAX_PASSAGE_CELLS = 500_000;
/** A source clause rewritten as more than this many target clauses is not a split the passage model proposes. */
const MAX_PIECES = 6;
/** Moving on by two or three source clauses at once: a sentence or two the rewrite leaves out. */
const SKIP_TWO = 0.07;
const SKIP_THREE = 0.03;
/** Before the first and after the last source clause it reads, a passage more likely starts and ends near its edges. */
const EDGE_DECAY = 0.6;

/** What reading a passage needs beside the links: the clause counts, which clauses may join, their scores, the settings. */
export interface PassageContext {
  readonly sourceCount: number;
  readonly targetCount: number;
  /** Whether a clause may join a group (not linked, not a heading). */
  readonly free: (side: 'source' | 'target', unit: number) => boolean;
  readonly scorer: StretchScorer;
  readonly settings: StretchSettings;
}

export interface StretchScorer {
  /** Score of one source clause against one target clause, by position. */
  score(source: number, target: number): number;
  /** How much of the target clause the source clause covers. */
  covered(target: number, source: number): number;
}

/**
 * Between two consecutive links of a monotone alignment, the free clauses of
 * both sides are the same passage rewritten: a plain-language rewrite splits a
 * long sentence into short ones and keeps the order. No single pair there may
 * score enough to link, but each target clause's pairs, read with its
 * neighbours', tell which source clause it continues. A hidden Markov model
 * over the source clauses (each target clause stays with the current one or
 * moves on by one, rarely two or three) gives every target clause a posterior
 * over the source clauses; a run of target clauses whose most probable source
 * is one clause becomes a group when each of them belongs to it with at least
 * `confidence` and is covered by it. Precision first: a run with one doubtful
 * piece is left out whole. `groups` must keep document order.
 *
 * @example
 * // link 0→0, then source 1 against targets 1–3, then link 2→4
 * stretchGroups(groups, { sourceCount: 3, targetCount: 5, free, scorer, settings }) // [{ source: [1], target: [1, 2, 3], score: 0 }]
 */
export function stretchGroups(groups: readonly Group[], { sourceCount, targetCount, free, scorer, settings }: PassageContext): Group[] {
  const ordered = [...groups].sort((a, b) => a.source[0]! - b.source[0]!);
  const found: Group[] = [];
  let lastSource = -1;
  let lastTarget = -1;
  let budget = MAX_PASSAGE_CELLS;
  const end = { source: [sourceCount], target: [targetCount], score: 0 };
  for (const group of [...ordered.filter((g) => g.source.length > 0 && g.target.length > 0), end]) {
    const firstSource = Math.min(...group.source);
    const firstTarget = Math.min(...group.target);
    // A link out of order with the ones before it bounds no passage.
    if (firstSource > lastSource && firstTarget > lastTarget) {
      const sources = range(lastSource + 1, firstSource).filter((s) => free('source', s));
      const targets = range(lastTarget + 1, firstTarget).filter((t) => free('target', t));
      // The links around the passage as its first and last states: a clause next to a link may continue its split.
      const states = settings.boundaries ? [...(lastSource >= 0 ? [lastSource] : []), ...sources, ...(group === end ? [] : [firstSource])] : sources;
      const cells = states.length * targets.length;
      if (sources.length > 0 && targets.length > 0 && cells <= MAX_STRETCH_CELLS && cells <= budget) {
        budget -= cells;
        found.push(...passageGroups(states, targets, scorer, settings));
      }
    }
    lastSource = Math.max(lastSource, ...group.source);
    lastTarget = Math.max(lastTarget, ...group.target);
  }
  return found;
}

/**
 * A weak link between two others is re-read as part of their passage: the passage model runs over the clauses between
 * the neighbouring links, the weak link's own freed, and the link is dropped when its target clauses belong to its
 * source clauses with less than `keepAt` (mean posterior), the passage placing them elsewhere. Returns the groups kept.
 */
export function recheckGroups(
  groups: readonly Group[],
  { sourceCount, targetCount, free, scorer, settings }: PassageContext,
  recheck: { readonly below: number; readonly keepAt: number },
): Group[] {
  const ordered = [...groups].sort((a, b) => a.source[0]! - b.source[0]!);
  const counts = { source: sourceCount, target: targetCount };
  // The passage a link stands in runs from the last clause of the link before it to the first of the link after it.
  const lastOf = (at: number, side: 'source' | 'target'): number => (at < 0 ? -1 : Math.max(...ordered[at]![side]));
  const firstOf = (at: number, side: 'source' | 'target'): number => (at >= ordered.length ? counts[side] : Math.min(...ordered[at]![side]));
  let budget = MAX_PASSAGE_CELLS;
  return ordered.filter((group, k) => {
    if (group.score >= recheck.below) return true;
    const [fromS, fromT, toS, toT] = [lastOf(k - 1, 'source'), lastOf(k - 1, 'target'), firstOf(k + 1, 'source'), firstOf(k + 1, 'target')];
    // Out of order with its neighbours, it is no part of their passage.
    if (!(fromS < Math.min(...group.source) && Math.max(...group.source) < toS && fromT < Math.min(...group.target) && Math.max(...group.target) < toT))
      return true;
    const sources = range(fromS + 1, toS).filter((s) => group.source.includes(s) || free('source', s));
    const targets = range(fromT + 1, toT).filter((t) => group.target.includes(t) || free('target', t));
    const cells = sources.length * targets.length;
    if (sources.length < 2 || cells > MAX_STRETCH_CELLS || cells > budget) return true;
    budget -= cells;
    const posterior = passagePosteriors(sources, targets, scorer, settings);
    const mass = group.target.map((t) => group.source.reduce((sum, s) => sum + posterior[targets.indexOf(t)]![sources.indexOf(s)]!, 0));
    return mass.reduce((a, b) => a + b, 0) / mass.length >= recheck.keepAt;
  });
}

/**
 * The passage's groups against the links around it: a run given to a link's source clause (see `boundaries`) joins
 * that link, whose target clauses it extends in place; the others are new links.
 */
export function attachToLinks(links: readonly Group[], found: readonly Group[]): { added: Group[]; extended: Group[] } {
  const added: Group[] = [];
  const extended = new Set<Group>();
  for (const group of found) {
    const link = links.find((g) => g.source.includes(group.source[0]!));
    if (!link) {
      added.push(group);
      continue;
    }
    link.target = [...link.target, ...group.target].sort((a, b) => a - b);
    extended.add(link);
  }
  return { added, extended: [...extended] };
}

function passageGroups(sources: readonly number[], targets: readonly number[], scorer: StretchScorer, settings: StretchSettings): Group[] {
  const m = targets.length;
  const best = passagePosteriors(sources, targets, scorer, settings).map((posterior) => {
    let at = 0;
    for (let i = 1; i < posterior.length; i += 1) if (posterior[i]! > posterior[at]!) at = i;
    return { state: at, probability: posterior[at]! };
  });
  // Above one half, two target clauses sure of their source clauses cannot be sure of them out of order (a monotone
  // path holds both), so the groups keep document order; a lower setting is read as one half.
  const confidence = Math.max(settings.confidence, 0.5 + Number.EPSILON);
  const found: Group[] = [];
  const taken = new Set<number>();
  for (let j = 0; j < m; ) {
    const { state } = best[j]!;
    let end = j;
    while (end + 1 < m && best[end + 1]!.state === state) end += 1;
    const run = targets.slice(j, end + 1);
    const source = sources[state]!;
    const sure = best.slice(j, end + 1).every((b) => b.probability >= confidence);
    if (sure && run.length <= MAX_PIECES && !taken.has(source) && run.every((t) => scorer.covered(t, source) >= settings.pieceCovered)) {
      taken.add(source);
      found.push({ source: [source], target: run, score: 0 });
    }
    j = end + 1;
  }
  return found;
}

/** Each target clause's posterior over the source clauses (forward–backward), one row per target clause. */
function passagePosteriors(sources: readonly number[], targets: readonly number[], scorer: StretchScorer, settings: StretchSettings): Float64Array[] {
  const n = sources.length;
  const m = targets.length;
  // Each row is normalised later, so its best score is taken out before exp: no overflow, whatever the sharpness.
  const emission = targets.map((t) => {
    const scores = sources.map((s) => settings.sharpness * scorer.score(s, t));
    const top = Math.max(...scores);
    return Float64Array.from(scores, (x) => Math.exp(x - top));
  });
  // Moves from source state i to i + k (k = 0 … 3), renormalised where the passage ends; staying leaves room for the rest.
  const stay = Math.min(Math.max(settings.stay, 0), 1 - SKIP_TWO - SKIP_THREE);
  const moves = [stay, 1 - stay - SKIP_TWO - SKIP_THREE, SKIP_TWO, SKIP_THREE];
  const step = (i: number, k: number): number => {
    let total = 0;
    for (let d = 0; d < moves.length && i + d < n; d += 1) total += moves[d]!;
    return i + k < n ? moves[k]! / total : 0;
  };
  const normalised = (values: Float64Array): Float64Array => {
    let total = 0;
    for (const v of values) total += v;
    if (total > 0) for (let i = 0; i < values.length; i += 1) values[i]! /= total;
    return values;
  };
  const forward: Float64Array[] = [];
  forward.push(normalised(Float64Array.from(emission[0]!, (e, i) => e * EDGE_DECAY ** i)));
  for (let j = 1; j < m; j += 1) {
    const next = new Float64Array(n);
    const before = forward[j - 1]!;
    for (let i = 0; i < n; i += 1) for (let k = 0; k < moves.length && i + k < n; k += 1) next[i + k]! += before[i]! * step(i, k);
    for (let i = 0; i < n; i += 1) next[i]! *= emission[j]![i]!;
    forward.push(normalised(next));
  }
  const backward: Float64Array[] = new Array(m);
  backward[m - 1] = normalised(Float64Array.from({ length: n }, (_, i) => EDGE_DECAY ** (n - 1 - i)));
  for (let j = m - 2; j >= 0; j -= 1) {
    const after = backward[j + 1]!;
    const values = new Float64Array(n);
    for (let i = 0; i < n; i += 1) for (let k = 0; k < moves.length && i + k < n; k += 1) values[i]! += step(i, k) * emission[j + 1]![i + k]! * after[i + k]!;
    backward[j] = normalised(values);
  }
  return forward.map((f, j) => normalised(Float64Array.from(f, (v, i) => v * backward[j]![i]!)));
}

const range = (from: number, to: number): number[] => Array.from({ length: Math.max(0, to - from) }, (_, k) => from + k);
