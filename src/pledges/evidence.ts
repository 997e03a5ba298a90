/**
 * How strongly a target clause speaks for a source pledge. Candidates come
 * from the alignment's rescored short-lists (not only its chosen links: a
 * pledge often continues in a clause that the one-to-one alignment gave to
 * another), from the rare words a pledge shares with a clause, and from the
 * clauses whose topic is nearest (retrieval.ts, topic-similarity.ts); a pledge's best by
 * clause and topic similarity together are weighed. Each gets a probability of
 * being the pledge's counterpart from a logistic model over a few facts of the
 * pair, fitted on the dev communiqué golds by scripts/fit-evidence.ts
 * (cross-validated by pair).
 */
import { z } from 'zod';
import weightsFile from './data/evidence.json';
import type { TermIndex } from './retrieval';
import type { Mood } from './types';

/** A rescored pair from the alignment's short-lists, by unit index. */
export interface CandidatePair {
  readonly source: number;
  readonly target: number;
  readonly score: number;
  /** Both clauses name the same lexicon concept (Frontex, PNR …), however differently worded. */
  readonly concept?: boolean;
}

export const EVIDENCE_FEATURES = [
  'score',
  'relative',
  'gap',
  'rank',
  'cover',
  'rarest',
  'concept',
  'mutual',
  'linked',
  'commits',
  'reports',
  'topic',
  'topicGap',
  'near',
] as const;
export type EvidenceFeature = (typeof EVIDENCE_FEATURES)[number];

export interface EvidenceModel {
  readonly bias: number;
  readonly weights: Readonly<Record<EvidenceFeature, number>>;
  /** A candidate at or above this probability is evidence; between `possible` and it, shown as possible only. */
  readonly firm: number;
  readonly possible: number;
  /**
   * Per verdict, points (raw strength → share of such verdicts found right on the annotated pairs, out of sample, smoothed
   * over neighbouring strengths): the confidence a verdict reports is read off them. Without them, the raw strength is
   * the confidence.
   */
  readonly calibration?: Readonly<Record<'completed' | 'carried_forward' | 'dropped', ReadonlyArray<readonly [number, number]>>>;
}

/** Reads a confidence off a calibration curve: linear between its points, flat beyond them. */
export function calibrated(points: ReadonlyArray<readonly [number, number]> | undefined, raw: number): number {
  if (!points || points.length === 0) return raw;
  if (raw <= points[0]![0]) return points[0]![1];
  for (let i = 1; i < points.length; i += 1) {
    const [x1, y1] = points[i]!;
    const [x0, y0] = points[i - 1]!;
    if (raw <= x1) return x1 === x0 ? y1 : y0 + ((raw - x0) / (x1 - x0)) * (y1 - y0);
  }
  return points[points.length - 1]![1];
}

const curve = z.array(z.tuple([z.number(), z.number()]));
const probability = z.number().min(0).max(1);

/** An evidence model as scripts/fit-evidence.ts writes it: JSON has arrays where the model has pairs, and a refit may be wrong. */
export const evidenceModelSchema = z.object({
  bias: z.number(),
  weights: z.record(z.enum(EVIDENCE_FEATURES), z.number()),
  firm: probability,
  possible: probability,
  calibration: z.object({ completed: curve, carried_forward: curve, dropped: curve }).exactOptional(),
});

export const DEFAULT_EVIDENCE_MODEL: EvidenceModel = evidenceModelSchema.parse(weightsFile.model);

/**
 * The weight of the cover (the share of the pledge's vocabulary a clause holds) beside clause and topic similarity when a
 * pledge's candidates are ranked. Dev pairs with 0.15, 0.25, 0.35 and 0.5: 0.25 the least that moved a counterpart
 * up, 0.35 and 0.5 the same gains and a new pledge of us-eu-ttc-2021-2023 lost.
 */
const COVER_IN_RANKING = 0.25;

/** How many candidates of one pledge are weighed: beyond the fourth, almost none is the counterpart. */
export const CANDIDATES_PER_PLEDGE = 4;

export interface Candidate {
  readonly target: number;
  readonly score: number;
  readonly features: Readonly<Record<EvidenceFeature, number>>;
  readonly probability: number;
}

export interface EvidenceContext {
  readonly candidates: readonly CandidatePair[];
  /** Target clauses each source clause is linked to by the alignment. */
  readonly links: ReadonlyMap<number, ReadonlySet<number>>;
  readonly terms: TermIndex;
  readonly targetMood: (target: number) => Mood | undefined;
  /** How alike the two clauses' subjects are, read with their neighbours (topic-similarity.ts); 0 without it. */
  readonly topic?: (source: number, target: number) => number;
  readonly model: EvidenceModel;
}

/**
 * The candidates of every source clause, best first, each weighed. Pairs are
 * grouped in one pass, so the cost is linear in the number of candidate pairs.
 */
export function weighCandidates(pledges: ReadonlySet<number>, context: EvidenceContext): Map<number, Candidate[]> {
  const { candidates } = context;
  // Per unit index in arrays, not Maps: every rescored pair passes here, tens of thousands at 10k clauses a side.
  let sourceCount = 0;
  let targetCount = 0;
  for (let i = 0; i < candidates.length; i += 1) {
    sourceCount = Math.max(sourceCount, candidates[i]!.source + 1);
    targetCount = Math.max(targetCount, candidates[i]!.target + 1);
  }
  // -1 until a pair reaches the clause, so the first pair always counts, whatever its score.
  const bestForTarget = new Float64Array(targetCount).fill(-1);
  const bestOfSource = new Float64Array(sourceCount);
  const sourceSeen = new Uint8Array(sourceCount);
  const seenSources: number[] = [];
  const bySource = new Map<number, Map<number, number>>();
  // Pairs naming one concept, as source × targetCount + target.
  const concepts = new Set<number>();
  for (let i = 0; i < candidates.length; i += 1) {
    const pair = candidates[i]!;
    if (bestForTarget[pair.target]! < pair.score) bestForTarget[pair.target] = pair.score;
    if (!sourceSeen[pair.source]) {
      sourceSeen[pair.source] = 1;
      seenSources.push(pair.source);
    }
    bestOfSource[pair.source] = Math.max(bestOfSource[pair.source]!, pair.score);
    if (!pledges.has(pair.source) || context.targetMood(pair.target) === undefined) continue;
    let mine = bySource.get(pair.source);
    if (!mine) bySource.set(pair.source, (mine = new Map<number, number>()));
    mine.set(pair.target, Math.max(mine.get(pair.target) ?? 0, pair.score));
    if (pair.concept) concepts.add(pair.source * targetCount + pair.target);
  }
  // How well clauses of these two documents match at all: a news report against a communiqué scores lower throughout
  // than two communiqués, so a candidate is also measured against the pair's typical best match.
  const typical = median(seenSources.map((source) => bestOfSource[source]!));
  const weighed = new Map<number, Candidate[]>();
  const topicOf = context.topic ?? (() => 0);
  const overlap = termOverlap(context.terms);
  for (const [source, targets] of bySource) {
    // Ranked by clause and topic similarity together: a counterpart in other words scores low on the first alone. And by
    // how much of the pledge's vocabulary the clause takes up: a later clause that continues the pledge inside a longer
    // sentence on more ("…, as part of our efforts under the Action Plan on Opioids") is far from it as a whole.
    const ranked = [...targets]
      .map(([target, score]) => {
        const topic = topicOf(source, target);
        const { total, shared } = overlap(source, target);
        return { target, score, topic, key: score + topic + COVER_IN_RANKING * (total === 0 ? 0 : shared / total) };
      })
      .sort((a, b) => b.key - a.key || a.target - b.target)
      .slice(0, CANDIDATES_PER_PLEDGE);
    const best = Math.max(...ranked.map((c) => c.score));
    const bestTopic = Math.max(...ranked.map((c) => c.topic));
    weighed.set(
      source,
      ranked.map(({ target, score, topic }, rank) => {
        const features = featuresOf(
          source,
          target,
          score,
          best,
          rank,
          bestForTarget[target] === score,
          context,
          typical,
          concepts.has(source * targetCount + target),
          topic,
          bestTopic,
          overlap,
        );
        return { target, score, features, probability: probabilityOf(features, context.model) };
      }),
    );
  }
  return weighed;
}

function featuresOf(
  source: number,
  target: number,
  score: number,
  best: number,
  rank: number,
  mutual: boolean,
  context: EvidenceContext,
  typical: number,
  concept: boolean,
  topic: number,
  bestTopic: number,
  overlap: (source: number, target: number) => Overlap,
): Record<EvidenceFeature, number> {
  const { total, shared, rarest } = overlap(source, target);
  const mood = context.targetMood(target);
  return {
    score,
    relative: score - typical,
    gap: best - score,
    rank,
    cover: total === 0 ? 0 : shared / total,
    rarest: rarest / context.terms.maxIdf,
    concept: concept ? 1 : 0,
    mutual: mutual ? 1 : 0,
    linked: context.links.get(source)?.has(target) ? 1 : 0,
    commits: mood === 'commitment' ? 1 : 0,
    reports: mood === 'completion' ? 1 : 0,
    topic,
    topicGap: bestTopic - topic,
    near: nearness(source, target, context.links),
  };
}

const NO_TERMS = new Int32Array(0);

/** How much of a source clause's IDF weight a target clause shares, and the rarest term they share. */
interface Overlap {
  readonly total: number;
  readonly shared: number;
  readonly rarest: number;
}

/**
 * Term overlap of pairs, summed in the source clause's term order. The target's terms are marked with a number of the
 * pair's own, so "does the target have it" is one array read: no Set per clause, nothing to clear between pairs.
 */
function termOverlap(terms: TermIndex): (source: number, target: number) => Overlap {
  const marks = new Int32Array(terms.idf.length);
  let stamp = 0;
  return (source, target) => {
    stamp += 1;
    for (const id of terms.target.get(target) ?? NO_TERMS) marks[id] = stamp;
    let total = 0;
    let shared = 0;
    let rarest = 0;
    for (const id of terms.source.get(source) ?? NO_TERMS) {
      const idf = terms.idf[id]!;
      total += idf;
      if (marks[id] === stamp) {
        shared += idf;
        rarest = Math.max(rarest, idf);
      }
    }
    return { total, shared, rarest };
  };
}

function median(xs: readonly number[]): number {
  if (xs.length === 0) return 0;
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

export function probabilityOf(features: Readonly<Record<EvidenceFeature, number>>, model: EvidenceModel): number {
  let z = model.bias;
  for (const name of EVIDENCE_FEATURES) z += model.weights[name] * features[name];
  return 1 / (1 + Math.exp(-z));
}

/**
 * How close the target lies to where the pledge's neighbours were linked. Two communiqués need not keep one order
 * throughout, but a passage on one subject tends to continue in one passage: a candidate near the links of the
 * clauses around the pledge is on its subject, one far from them more likely a look-alike from another passage.
 * 1 beside such a link, falling with the distance in clauses; 0 when no neighbour is linked.
 */
function nearness(source: number, target: number, links: ReadonlyMap<number, ReadonlySet<number>>): number {
  let nearest = Infinity;
  for (let s = source - NEIGHBOURHOOD; s <= source + NEIGHBOURHOOD; s += 1) {
    if (s === source) continue;
    for (const t of links.get(s) ?? []) nearest = Math.min(nearest, Math.abs(t - target));
  }
  return Number.isFinite(nearest) ? Math.exp(-nearest / NEAR_SCALE) : 0;
}

/**
 * The pledge's neighbours: this many units either side. The distance at which nearness falls to 1/e, in units.
 * Chosen by leave-one-pair-out quality (scripts/fit-evidence.ts) among 2–5 and 2–8, which differed within noise.
 */
const NEIGHBOURHOOD = 3;
const NEAR_SCALE = 8;
