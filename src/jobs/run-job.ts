import { segmentInput } from '../align';
import { compareSegmented, traceSegmented, type Comparison, type DatedDocument, type Traces } from '../pledges';
import { pdfBuffer } from '../report/pdf';
import { scorePairs, type PairScores } from '../similarity';
import type { CompareJob, Job, JobFailure, UnitLimits } from './types';

/** A limit the input broke, as a value: the worker sends it back rather than throwing across threads. */
export class JobRefused extends Error {
  constructor(readonly failure: JobFailure) {
    super(failure.detail);
  }
}

/**
 * Runs one job where it is called (a worker thread, or inline): segments the
 * documents once, checks the unit limits on them, then compares or traces
 * those same units.
 *
 * @example
 * runJob({ kind: 'compare', source: { text: a }, target: { text: b }, options: {}, limits: { maxUnits: 20000, maxUnitChars: 5000 } })
 */
export async function runJob(job: Job): Promise<Comparison | Traces | Uint8Array | PairScores> {
  if (job.kind === 'compare') return runCompareJob(job);
  if (job.kind === 'pdf') return pdfBuffer(job.model);
  if (job.kind === 'similarity') return scorePairs(job.pairs, { ...(job.language ? { language: job.language } : {}), explain: job.explain === true });
  const documents = job.documents.map((d, i) => checkUnits(`#${i + 1}`, segmentInput(d, job.options), job.limits));
  return traceSegmented(documents, job.options);
}

export function runCompareJob(job: CompareJob): Comparison {
  const source = checkUnits('source', segmentInput(job.source, job.options), job.limits);
  const target = checkUnits('target', segmentInput(job.target, job.options), job.limits);
  return compareSegmented(source, target, job.options);
}

function checkUnits(side: string, doc: DatedDocument, limits: UnitLimits): DatedDocument {
  const { units } = doc;
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
  return doc;
}
