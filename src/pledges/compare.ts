import {
  alignSegmented,
  segmentInput,
  type PairScorer,
  type Alignment,
  type AlignTextsOptions,
  type AlignStage,
  type DatedDocument,
  type DocumentInput,
} from '../align';
import type { Topic } from './topics';
import type { CandidatePair } from './evidence';
import type { ReadableDocument, Readings } from './read';
import type { PledgeReport } from './types';
import { assessPledges, type PledgeStage } from './verdicts';

/** A document and its date, which lets a later text's "decided in 2016" count as recalled, not new. */
export type DatedInput = DocumentInput;
export type { DatedDocument };

export interface CompareOptions extends AlignTextsOptions {
  readonly topics?: readonly Topic[];
  /** Each stage's duration, the alignment's and then the pledge reading's. */
  readonly onStage?: (stage: AlignStage | PledgeStage, ms: number) => void;
}

export type Comparison = Alignment & PledgeReport;

/**
 * The whole job on two texts: segment, align, and say what became of each
 * pledge.
 */
export function compareTexts(source: DatedInput, target: DatedInput, options: CompareOptions = {}): Comparison {
  return compareSegmented(segmentInput(source, options), segmentInput(target, options), options);
}

/**
 * `compareTexts` on documents already segmented.
 */
export function compareSegmented(source: DatedDocument, target: DatedDocument, options: CompareOptions = {}): Comparison {
  return withVerdicts(alignForVerdicts(source, target, options), options);
}

/**
 * `compareSegmented` with the clauses read elsewhere while this thread aligns: `read` starts the reading (on another
 * thread) and is awaited only once the alignment is done. Reading is a pure function of the units, so the result is
 * the one `compareSegmented` gives.
 */
export async function compareSegmentedBeside(
  source: DatedDocument,
  target: DatedDocument,
  options: CompareOptions,
  read: (source: ReadableDocument, target: ReadableDocument) => Promise<Readings>,
): Promise<Comparison> {
  const reading = read(source, target);
  // Settled here too, so a failed reading is not an unhandled rejection while the alignment holds the thread.
  reading.catch(() => undefined);
  const aligned = alignForVerdicts(source, target, options);
  const started = performance.now();
  const readings = await reading;
  const waited = performance.now() - started;
  const { onStage } = options;
  // What reading cost this thread is the wait for it: the verdict stage's own 'read' is then near zero.
  const timed: CompareOptions = onStage ? { ...options, onStage: (stage, ms) => onStage(stage, stage === 'read' ? ms + waited : ms) } : options;
  return withVerdicts(aligned, timed, readings);
}

interface Aligned {
  readonly source: DatedDocument;
  readonly target: DatedDocument;
  readonly alignment: Alignment;
  readonly candidates: readonly CandidatePair[];
  readonly scorer: PairScorer | undefined;
}

function alignForVerdicts(source: DatedDocument, target: DatedDocument, options: CompareOptions): Aligned {
  let candidates: readonly CandidatePair[] = [];
  let scorer: PairScorer | undefined;
  const alignment = alignSegmented(source, target, {
    ...options,
    onCandidates: (pairs, pairScorer) => {
      candidates = pairs;
      scorer = pairScorer;
    },
  });
  return { source, target, alignment, candidates, scorer };
}

function withVerdicts({ source, target, alignment, candidates, scorer }: Aligned, options: CompareOptions, readings?: Readings): Comparison {
  const report = assessPledges({
    candidates,
    ...(scorer ? { scorer } : {}),
    source: { units: source.units, language: source.language, ...(source.date ? { date: source.date } : {}) },
    target: { units: target.units, language: target.language, ...(target.date ? { date: target.date } : {}) },
    links: alignment.links,
    ...(options.topics ? { topics: options.topics } : {}),
    ...(options.onStage ? { onStage: options.onStage } : {}),
    ...(readings ? { readings } : {}),
  });
  return { ...alignment, ...report };
}
