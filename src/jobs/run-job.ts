import { compareTexts, type Comparison } from '../pledges';
import { segment, guessLanguage } from '../text';
import type { CompareJob, JobFailure } from './types';

/** A limit the input broke, as a value: the worker sends it back rather than throwing across threads. */
export class JobRefused extends Error {
  constructor(readonly failure: JobFailure) {
    super(failure.detail);
  }
}

/**
 * Runs one job where it is called (a worker thread, or inline in tests):
 * checks the unit limits on the segmented documents, then compares them.
 *
 * @example
 * runCompareJob({ kind: 'compare', source: { text: a }, target: { text: b }, options: {}, limits: { maxUnits: 20000, maxUnitChars: 5000 } })
 */
export function runCompareJob(job: CompareJob): Comparison {
  for (const [side, input] of [['source', job.source], ['target', job.target]] as const) {
    // Segmenting twice (here and in compareTexts) costs a few per cent of an alignment and keeps compareTexts limit-free.
    const units = segment(input.text, {
      mode: job.options.segmentation ?? 'clauses',
      language: input.language ?? guessLanguage(input.text).language,
    }).units;
    if (units.length > job.limits.maxUnits) {
      throw new JobRefused({ code: 'payload_too_large', detail: `The ${side} document has ${units.length} units; the limit is ${job.limits.maxUnits}.` });
    }
    const long = units.find((u) => u.text.length > job.limits.maxUnitChars);
    if (long) {
      throw new JobRefused({
        code: 'payload_too_large',
        detail: `Unit ${long.index} of the ${side} document has ${long.text.length} characters; the limit is ${job.limits.maxUnitChars}. Is the text missing its punctuation or line breaks?`,
      });
    }
  }
  return compareTexts(job.source, job.target, job.options);
}
