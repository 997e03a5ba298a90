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
import type { PledgeReport } from './types';
import { assessPledges, type PledgeInput, type PledgeStage } from './verdicts';

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
  const { alignment, input } = alignForPledges(source, target, options);
  return { ...alignment, ...assessPledges(input) };
}

/**
 * The alignment, and what the pledge stage reads of it: its links, its rescored short-lists and its prepared clauses.
 * What `compareSegmented` runs before the verdicts; the evidence model's fitting starts from it too.
 */
export function alignForPledges(source: DatedDocument, target: DatedDocument, options: CompareOptions = {}): { alignment: Alignment; input: PledgeInput } {
  let candidates: readonly CandidatePair[] = [];
  let scorer: PairScorer | undefined;
  const alignment = alignSegmented(source, target, {
    ...options,
    onCandidates: (pairs, pairScorer) => {
      candidates = pairs;
      scorer = pairScorer;
    },
  });
  const input: PledgeInput = {
    candidates,
    ...(scorer ? { scorer } : {}),
    source: { units: source.units, language: source.language, ...(source.date ? { date: source.date } : {}) },
    target: { units: target.units, language: target.language, ...(target.date ? { date: target.date } : {}) },
    links: alignment.links,
    ...(options.topics ? { topics: options.topics } : {}),
    ...(options.onStage ? { onStage: options.onStage } : {}),
  };
  return { alignment, input };
}
