import type { PairScores } from '../similarity';
import type { CompareOptions, DatedInput } from '../pledges';
import type { Language } from '../text';

/** What a worker can be asked to do: plain data in, plain data out (it crosses a thread boundary). */
export interface CompareJob {
  readonly kind: 'compare';
  readonly source: DatedInput;
  readonly target: DatedInput;
  readonly options: CompareOptions;
  readonly limits: JobLimits;
}

/** Following pledges through a series of documents: one comparison per neighbouring pair. */
export interface TraceJob {
  readonly kind: 'trace';
  readonly documents: readonly DatedInput[];
  readonly options: CompareOptions;
  readonly limits: JobLimits;
}

/** Scoring clause pairs: the IDF table is built over every text of the request, so it grows with the request. */
export interface SimilarityJob {
  readonly kind: 'similarity';
  readonly pairs: ReadonlyArray<readonly [string, string]>;
  readonly language?: Language;
  readonly explain: boolean;
}

export const REPORT_FORMATS = ['pdf', 'html', 'csv'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

/** Rendering a report of a stored alignment, from its JSON: pdfkit lays out every page synchronously, and large HTML and CSV take seconds too. */
export interface ReportJob {
  readonly kind: 'report';
  readonly format: ReportFormat;
  /** The stored resource's JSON text, as UTF-8 bytes. */
  readonly resource: Uint8Array;
}

export type Job = CompareJob | TraceJob | SimilarityJob | ReportJob;

/** The scores (and explanations) of a similarity job: what src/similarity's scorePairs answers. */
export type SimilarityResult = PairScores;

/**
 * A comparison as the JSON text the stored resource is built around, serialised
 * in the worker (where its size is measured, so an oversized result never crosses
 * to the request thread) and sent as UTF-8 bytes, moved rather than copied: the
 * request thread never holds megabytes of it as a string.
 */
export interface SizedComparison {
  /**
   * Three JSON objects' text end to end: each document's as the comparison gives it (`{"language":…,"clauses":[…]}`),
   * source then target, then one of the rest in the resource's order (links, order, pledges, newPledges, topics, summary).
   */
  readonly json: Uint8Array;
  /** Where the target's object starts in `json`, and where the rest's does. */
  readonly targetAt: number;
  readonly restAt: number;
}

/**
 * Traces as JSON text in UTF-8, serialised in the worker and moved as a comparison's is: each document's object
 * (`{"language":…,"clauses":[…]}`) end to end, then the trajectories' array.
 */
export interface SizedTraces {
  readonly json: Uint8Array;
  /** Where each document's object starts in `json`, and where the trajectories' array does. */
  readonly documentsAt: readonly number[];
  readonly trajectoriesAt: number;
}

export type ResultOf<J extends Job> = J extends CompareJob
  ? SizedComparison
  : J extends TraceJob
    ? SizedTraces
    : J extends SimilarityJob
      ? SimilarityResult
      : Uint8Array;

/** Limits checked once the documents are segmented (only then is the number of units known), and on the result. */
export interface JobLimits {
  readonly maxUnits: number;
  readonly maxUnitChars: number;
  /** The comparison's JSON at most; the stored resource adds only titles and dates. */
  readonly maxResultBytes: number;
}

/** Which workers run a job: reports have their own, so a queue of PDFs never stands in front of an alignment. */
export const laneOf = (job: Job): 'align' | 'report' => (job.kind === 'report' ? 'report' : 'align');

/** What a job worker is told when it starts. */
export interface LaneData {
  readonly lane: 'align' | 'report';
  readonly vectorsFile: string | undefined;
}
