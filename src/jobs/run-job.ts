import { segmentInput } from '../align';
import { AppError, PayloadTooLargeError } from '../errors';
import { overLimit } from '../limits';
import { readResource } from '../resource';
import { compareSegmented, traceSegmented, type Comparison, type DatedDocument, type Traces } from '../pledges';
import { pdfBuffer, renderCsv, renderHtml, reportModel } from '../report';
import { scorePairs } from '../similarity';
import type { CompareJob, Job, JobLimits, ReportJob, SimilarityJob, SimilarityResult, SizedComparison, SizedTraces } from './types';

/**
 * Runs one job where it is called (a worker thread, or inline): segments the
 * documents once, checks the unit limits on them, then compares or traces
 * those same units; scores similarity pairs; renders reports. A broken limit
 * is thrown as an AppError, which the worker sends back as a value.
 */
export async function runJob(job: Job): Promise<SizedComparison | SizedTraces | SimilarityResult | Uint8Array> {
  switch (job.kind) {
    case 'compare':
      return runCompareJob(job);
    case 'trace': {
      const documents = job.documents.map((d, i) => checkUnits(`document #${i + 1}`, `documents.${i}.text`, segmentInput(d, job.options), job.limits));
      return sizeTraces(traceSegmented(documents, job.options));
    }
    case 'similarity':
      return runSimilarityJob(job);
    case 'report':
      return runReportJob(job);
  }
}

export function runCompareJob(job: CompareJob): SizedComparison {
  const source = checkUnits('the earlier document (source)', 'source.text', segmentInput(job.source, job.options), job.limits);
  const target = checkUnits('the later document (target)', 'target.text', segmentInput(job.target, job.options), job.limits);
  const sized = sizeComparison(compareSegmented(source, target, job.options));
  const bytes = sized.json.byteLength;
  if (bytes > job.limits.maxResultBytes) {
    throw new PayloadTooLargeError(
      `The alignment of these documents would take ${overLimit(bytes, job.limits.maxResultBytes)} for one stored alignment. Compare shorter documents, or fewer watchlist topics.`,
    );
  }
  return sized;
}

function runSimilarityJob(job: SimilarityJob): SimilarityResult {
  return scorePairs(job.pairs, { ...(job.language ? { language: job.language } : {}), explain: job.explain === true });
}

async function runReportJob(job: ReportJob): Promise<Uint8Array> {
  const read = readResource(new TextDecoder().decode(job.resource));
  if (!read.ok) throw new AppError('internal', 'A stored alignment could not be read.', [], { cause: new Error(read.error) });
  const model = reportModel(read.value);
  if (job.format === 'pdf') return new Uint8Array(await pdfBuffer(model));
  return new TextEncoder().encode(job.format === 'csv' ? renderCsv(model) : renderHtml(model));
}

const capitalised = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/** `field` names the document's text as the request does, so the web page can mark the input the refusal is about. */
function checkUnits(side: string, field: string, doc: DatedDocument, limits: JobLimits): DatedDocument {
  const { units } = doc;
  const refuse = (detail: string): never => {
    throw new PayloadTooLargeError(detail, [{ field, detail }]);
  };
  // In a reader's words: a unit is a clause or a heading, and the way out is a shorter part of the document.
  if (units.length > limits.maxUnits)
    refuse(`${capitalised(side)} has ${units.length} clauses and headings; at most ${limits.maxUnits} can be compared: compare a part of it.`);
  const long = units.find((u) => u.text.length > limits.maxUnitChars);
  if (long) {
    refuse(
      `Clause ${long.index + 1} of ${side} has ${long.text.length} characters; the limit is ${limits.maxUnitChars}. Is the text missing its punctuation or line breaks?`,
    );
  }
  return doc;
}

/** The pieces of a sized comparison, serialised as the resource lays them out. */
function sizeComparison(comparison: Comparison): SizedComparison {
  const { source, target, links, order, pledges, newPledges, topics, summary } = comparison;
  const { json, starts } = packed([JSON.stringify(source), JSON.stringify(target), JSON.stringify({ links, order, pledges, newPledges, topics, summary })]);
  return { json, targetAt: starts[1]!, restAt: starts[2]! };
}

/** Each document as the trace answers it (its language and clauses; the dates are the caller's to add), then the trajectories. */
function sizeTraces(traces: Traces): SizedTraces {
  const texts = traces.documents.map((d) => JSON.stringify({ language: d.language, clauses: d.clauses }));
  const { json, starts } = packed([...texts, JSON.stringify(traces.trajectories)]);
  return { json, documentsAt: starts.slice(0, texts.length), trajectoriesAt: starts[texts.length]! };
}

/** Texts in UTF-8 end to end, in one buffer of their own (so that it can move to another thread whole), with where each starts. */
export function packed(texts: readonly string[]): { json: Uint8Array; starts: number[] } {
  const starts: number[] = [];
  let total = 0;
  for (const text of texts) {
    starts.push(total);
    total += Buffer.byteLength(text);
  }
  const json = Buffer.allocUnsafeSlow(total);
  texts.forEach((text, i) => {
    json.write(text, starts[i]!, 'utf8');
  });
  return { json: new Uint8Array(json.buffer, 0, total), starts };
}
