import type { CompareOptions, Comparison, DatedInput, Traces } from '../pledges';
import type { ReportModel } from '../report/model';
import type { PairScores } from '../similarity';
import type { Language } from '../text';

/** What a worker can be asked to do: plain data in, plain data out (it crosses a thread boundary). */
export interface CompareJob {
  readonly kind: 'compare';
  readonly source: DatedInput;
  readonly target: DatedInput;
  readonly options: CompareOptions;
  readonly limits: UnitLimits;
}

/** Following pledges through a series of documents: one comparison per neighbouring pair. */
export interface TraceJob {
  readonly kind: 'trace';
  readonly documents: readonly DatedInput[];
  readonly options: CompareOptions;
  readonly limits: UnitLimits;
}

/** Rendering the PDF report: pdfkit lays out every page synchronously, half a second for the seed pair and more for long documents. */
export interface PdfJob {
  readonly kind: 'pdf';
  readonly model: ReportModel;
}

/** Scoring clause pairs: the first score in a process loads WordNet and the word vectors, which belongs in a worker. */
export interface SimilarityJob {
  readonly kind: 'similarity';
  readonly pairs: ReadonlyArray<readonly [string, string]>;
  readonly language?: Language;
  readonly explain?: boolean;
}

export type Job = CompareJob | TraceJob | PdfJob | SimilarityJob;
export type ResultOf<J extends Job> = J extends CompareJob ? Comparison : J extends TraceJob ? Traces : J extends SimilarityJob ? PairScores : Uint8Array;

/** Limits checked once the documents are segmented: only then is the number of units known. */
export interface UnitLimits {
  readonly maxUnits: number;
  readonly maxUnitChars: number;
}

/** A job's failure as it crosses back: an error code the caller maps to a typed error, never a stack. */
export interface JobFailure {
  readonly code: 'payload_too_large' | 'invalid_request' | 'internal';
  readonly detail: string;
}

export type JobReply<T> = { readonly id: number; readonly ok: true; readonly value: T } | { readonly id: number; readonly ok: false; readonly failure: JobFailure };
