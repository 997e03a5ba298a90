/**
 * The evidence model's fitting, shared by scripts/fit-evidence.ts (which writes the model) and scripts/pledge-eval.ts
 * (whose reliability table must judge each pair by a model that never saw it). Seed and DEV golds only.
 */
import { segmentInput, type Alignment } from '../../src/align';
import { alignForPledges } from '../../src/pledges/compare';
import { EVIDENCE_FEATURES, type EvidenceFeature, type EvidenceModel } from '../../src/pledges/evidence';
import { assessPledges, weighPledges, type PledgeInput } from '../../src/pledges/verdicts';
import { overlaps, quotesIn, spansOf } from './format';
import { scorePair, type GoldPair } from './score';
import { solveAugmented } from '../stats';

export interface Prepared {
  readonly gold: GoldPair;
  readonly input: PledgeInput;
  readonly comparisonBase: Alignment;
}

export function prepare(gold: GoldPair): Prepared {
  const source = segmentInput({ text: gold.sourceText, date: gold.gold.source.date });
  const target = segmentInput({ text: gold.targetText, date: gold.gold.target.date });
  const { alignment, input } = alignForPledges(source, target);
  return { gold, input, comparisonBase: alignment };
}

export interface Row {
  readonly pair: string;
  readonly x: number[];
  readonly y: 0 | 1;
}

/** One row per weighed candidate of each pledge the product finds; positive when the candidate overlaps a gold evidence clause of that pledge. */
export function rowsOf(p: Prepared): Row[] {
  const { gold } = p;
  const sq = quotesIn(gold.gold, 'source');
  const ss = spansOf(gold.sourceText, sq);
  const tq = quotesIn(gold.gold, 'target');
  const ts = spansOf(gold.targetText, tq);
  const { weighed } = weighPledges(p.input);
  const sourceUnits = new Map(p.input.source.units.map((u) => [u.index, u]));
  const targetUnits = new Map(p.input.target.units.map((u) => [u.index, u]));
  const rows: Row[] = [];
  for (const [source, candidates] of weighed) {
    const unit = sourceUnits.get(source)!;
    const g = gold.gold.pledges.find((x) => overlaps(ss[sq.indexOf(x.quote)]!, unit));
    if (!g) continue;
    const evidence = g.status === 'dropped' ? [] : g.evidence.map((q) => ts[tq.indexOf(q)]!);
    for (const c of candidates) {
      const right = evidence.some((e) => overlaps(e, targetUnits.get(c.target)!));
      rows.push({ pair: gold.gold.pair, x: EVIDENCE_FEATURES.map((f) => c.features[f]), y: right ? 1 : 0 });
    }
  }
  return rows;
}

export interface Fit {
  readonly bias: number;
  readonly weights: number[];
}

/** L2-regularised logistic regression by Newton's method (the bias is not penalised). */
export function fitLogistic(rows: readonly Row[], lambda = 1): Fit {
  const d = (rows[0]?.x.length ?? EVIDENCE_FEATURES.length) + 1;
  let w = new Array<number>(d).fill(0);
  for (let iteration = 0; iteration < 50; iteration += 1) {
    const g = new Array<number>(d).fill(0);
    const h = Array.from({ length: d }, () => new Array<number>(d).fill(0));
    for (const r of rows) {
      const x = [1, ...r.x];
      const p = 1 / (1 + Math.exp(-x.reduce((s, v, i) => s + v * w[i]!, 0)));
      for (let i = 0; i < d; i += 1) {
        g[i]! += (p - r.y) * x[i]!;
        for (let j = 0; j < d; j += 1) h[i]![j]! += p * (1 - p) * x[i]! * x[j]!;
      }
    }
    for (let i = 1; i < d; i += 1) {
      g[i]! += lambda * w[i]!;
      h[i]![i]! += lambda;
    }
    const step = solve(h, g);
    w = w.map((v, i) => v - step[i]!);
    if (Math.max(...step.map(Math.abs)) < 1e-8) break;
  }
  return { bias: w[0]!, weights: w.slice(1) };
}

const solve = (a: readonly (readonly number[])[], b: readonly number[]): number[] => solveAugmented(a.map((row, i) => [...row, b[i]!]));

export const round = (x: number): number => Math.round(x * 1e4) / 1e4;

export const modelOf = (fit: Fit, firm: number): EvidenceModel => ({
  bias: round(fit.bias),
  weights: Object.fromEntries(EVIDENCE_FEATURES.map((f, i) => [f, round(fit.weights[i]!)])) as Record<EvidenceFeature, number>,
  firm,
  possible: round(firm / 2),
});

export function quality(p: Prepared, model: EvidenceModel) {
  return scorePair(p.gold, { ...p.comparisonBase, ...assessPledges({ ...p.input, evidenceModel: model }) });
}

export const STATUSES = ['completed', 'carried_forward', 'dropped'] as const;
export type Status = (typeof STATUSES)[number];
export interface Judged {
  readonly status: Status;
  readonly confidence: number;
  readonly right: boolean;
}

/** Each verdict the product gives on a gold pledge, with its confidence (raw when the model has no calibration) and whether the gold accepts it. */
export function judged(p: Prepared, model: EvidenceModel): Judged[] {
  const report = assessPledges({ ...p.input, evidenceModel: model });
  const sq = quotesIn(p.gold.gold, 'source');
  const ss = spansOf(p.gold.sourceText, sq);
  const units = new Map(p.input.source.units.map((u) => [u.index, u]));
  return p.gold.gold.pledges.flatMap((g) => {
    const v = report.pledges.find((x) => overlaps(ss[sq.indexOf(g.quote)]!, units.get(x.source)!));
    return v ? [{ status: v.status, confidence: v.confidence, right: [g.status, ...g.alsoAcceptable].includes(v.status) }] : [];
  });
}

export type Calibration = Record<Status, Array<[number, number]>>;

/** How many verdicts of a raw strength's nearest are read at each point, and how many verdicts' worth of the status's own rate they are shrunk towards. */
const NEAREST = 15;
const PRIOR = 5;
/** The raw strengths a curve has points at: the confidence's whole range (verdicts clamp to 0.05–0.95). */
const GRID = Array.from({ length: 19 }, (_, i) => round(0.05 + i * 0.05));

/**
 * Per verdict, the curve from raw strength to the share right, fitted on out-of-sample verdicts. At each point, the
 * share right among the verdicts of nearest raw strength, shrunk towards the status's rate. A step curve through each
 * verdict (isotonic regression, which this replaced) follows a handful of verdicts to 0 or 1 and on pairs it never saw
 * promised more than it kept: Brier score leave one pair out 0.202 against 0.160 for this curve (0.165 for the
 * status's rate alone, 0.167 for a logistic curve per status; raw strength 0.263).
 */
export function calibrationOf(verdicts: readonly Judged[]): Calibration {
  return Object.fromEntries(
    STATUSES.map((status) => {
      const mine = verdicts.filter((v) => v.status === status);
      if (mine.length === 0) return [status, []];
      const rate = (mine.filter((v) => v.right).length + 1) / (mine.length + 2);
      const smoothed = GRID.map((x) => {
        const near = [...mine].sort((a, b) => Math.abs(a.confidence - x) - Math.abs(b.confidence - x)).slice(0, NEAREST);
        return [x, round((near.filter((v) => v.right).length + PRIOR * rate) / (near.length + PRIOR))];
      });
      return [status, smoothed];
    }),
  ) as Calibration;
}

/**
 * Each pair's verdicts as a pair no fit has seen would get them: weights fitted on the other pairs' rows, and the
 * confidence calibrated on the other pairs' verdicts (each of those judged by weights fitted without it).
 */
export function leftOutVerdicts(prepared: readonly Prepared[], rows: readonly Row[], firm: number): Judged[][] {
  const pairs = prepared.map((p) => p.gold.gold.pair);
  const models = pairs.map((pair) => modelOf(fitLogistic(rows.filter((r) => r.pair !== pair)), firm));
  const raw = prepared.map((p, k) => judged(p, models[k]!));
  return prepared.map((p, k) => judged(p, { ...models[k]!, calibration: calibrationOf(raw.filter((_, j) => j !== k).flat()) }));
}
