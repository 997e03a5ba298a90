import { compareTexts, traceTexts, type Comparison, type DatedInput, type Traces } from '../pledges';
import { segment, guessLanguage } from '../text';
import { pdfBuffer } from '../report/pdf';
import type { CompareJob, Job, JobFailure, UnitLimits } from './types';
import type { CompareOptions } from '../pledges';

/** A limit the input broke, as a value: the worker sends it back rather than throwing across threads. */
export class JobRefused extends Error {
  constructor(readonly failure: JobFailure) {
    super(failure.detail);
  }
}

/**
 * Runs one job where it is called (a worker thread, or inline): checks the
 * unit limits on the segmented documents, then compares or traces them.
 *
 * @example
 * runJob({ kind: 'compare', source: { text: a }, target: { text: b }, options: {}, limits: { maxUnits: 20000, maxUnitChars: 5000 } })
 */
export async function runJob(job: Job): Promise<Comparison | Traces | Uint8Array> {
  if (job.kind === 'compare') return runCompareJob(job);
  if (job.kind === 'pdf') return pdfBuffer(job.model);
  job.documents.forEach((d, i) => checkUnits(`#${i + 1}`, d, job.options, job.limits));
  return traceTexts(job.documents, job.options);
}

export function runCompareJob(job: CompareJob): Comparison {
  checkUnits('source', job.source, job.options, job.limits);
  checkUnits('target', job.target, job.options, job.limits);
  return compareTexts(job.source, job.target, job.options);
}

function checkUnits(side: string, input: DatedInput, options: CompareOptions, limits: UnitLimits): void {
  // Segmenting twice (here and in the comparison) costs a few per cent of an alignment and keeps the core limit-free.
  const units = segment(input.text, { mode: options.segmentation ?? 'clauses', language: input.language ?? guessLanguage(input.text).language }).units;
  if (units.length > limits.maxUnits) {
    throw new JobRefused({ code: 'payload_too_large', detail: `The ${side} document has ${units.length} units; the limit is ${limits.maxUnits}.` });
  }
  const long = units.find((u) => u.text.length > limits.maxUnitChars);
  if (long) {
    throw new JobRefused({
      code: 'payload_too_large',
      detail: `Unit ${long.index} of the ${side} document has ${long.text.length} characters; the limit is ${limits.maxUnitChars}. Is the text missing its punctuation or line breaks?`,
    });
  }
}
