import type { Unit, Language } from '../text';
import { segmentInput } from '../align';
import { compareSegmented, type CompareOptions, type DatedDocument, type DatedInput } from './compare';
import type { PledgeStatus } from './types';

/** One document's part in a pledge's story: where it was made, then what each later document did with it. */
export interface TraceStep {
  /** Position of the document in the request's list. */
  readonly document: number;
  /** Unit indices of that document: the pledge itself for `made`, the evidence otherwise (none for `dropped`). */
  readonly units: readonly number[];
  readonly status: 'made' | PledgeStatus;
  readonly confidence: number;
  readonly cue: string;
}

export interface Trajectory {
  readonly topic: string | null;
  readonly steps: readonly TraceStep[];
  /** Where the story ends: done, given up, or still being promised in the last document. */
  readonly outcome: 'completed' | 'dropped' | 'open';
}

export interface TracedDocument {
  readonly date: string | null;
  readonly language: Language;
  readonly clauses: readonly Unit[];
}

export interface Traces {
  readonly documents: readonly TracedDocument[];
  readonly trajectories: readonly Trajectory[];
}

interface Building {
  topic: string | null;
  steps: TraceStep[];
}

/**
 * Follows every pledge through an ordered series of dated documents: each
 * pair of neighbours is compared, and a pledge carried into the next document
 * continues there as that document's pledge, so "made in 2016, repeated in
 * 2017, completed in 2018" is one trajectory.
 */
export function traceTexts(documents: readonly DatedInput[], options: CompareOptions = {}): Traces {
  return traceSegmented(
    documents.map((d) => segmentInput(d, options)),
    options,
  );
}

/**
 * `traceTexts` on documents already segmented: each is cut once, though the middle ones take part in two comparisons.
 */
export function traceSegmented(documents: readonly DatedDocument[], options: CompareOptions = {}): Traces {
  if (documents.length < 2) throw new RangeError('traceTexts needs at least two documents');
  const comparisons = documents.slice(1).map((next, k) => compareSegmented(documents[k]!, next, options));
  const all: Building[] = [];
  // `${document}:${unit}` → the trajectory a pledge of that document belongs to.
  const owner = new Map<string, Building>();
  const start = (document: number, unit: number, topic: string | null, cue: string, confidence: number): Building => {
    const trajectory: Building = { topic, steps: [{ document, units: [unit], status: 'made', confidence, cue }] };
    all.push(trajectory);
    owner.set(`${document}:${unit}`, trajectory);
    return trajectory;
  };
  comparisons.forEach((comparison, k) => {
    for (const verdict of comparison.pledges) {
      const trajectory = owner.get(`${k}:${verdict.source}`) ?? start(k, verdict.source, verdict.topic, verdict.cue, 1);
      trajectory.topic ??= verdict.topic;
      const units = verdict.evidence.map((e) => e.target as number);
      trajectory.steps.push({ document: k + 1, units, status: verdict.status, confidence: verdict.confidence, cue: verdict.evidence[0]?.cue ?? '' });
      if (verdict.status === 'dropped') continue;
      // The promise, repeated in the next document, is that document's pledge now: its story goes on from there.
      for (const unit of units) if (!owner.has(`${k + 1}:${unit}`)) owner.set(`${k + 1}:${unit}`, trajectory);
    }
    for (const made of comparison.newPledges) {
      if (!owner.has(`${k + 1}:${made.target}`)) start(k + 1, made.target, made.topic, made.cue, made.confidence);
    }
  });
  return {
    documents: documents.map((d) => ({ date: d.date ?? null, language: d.language, clauses: d.units })),
    trajectories: all.map((t) => ({ topic: t.topic, steps: t.steps, outcome: outcomeOf(t.steps) })),
  };
}

function outcomeOf(steps: readonly TraceStep[]): Trajectory['outcome'] {
  const final = steps[steps.length - 1]!;
  // Carried into a clause that merely mentions it, a pledge has no verdict in the next pair: its story is open, not ended.
  return final.status === 'completed' || final.status === 'dropped' ? final.status : 'open';
}
