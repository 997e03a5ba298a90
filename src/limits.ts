/**
 * The one table of the limits the service enforces: each with its unit, its
 * default, the range a deployment may set, and the environment variable that
 * sets it. Config, the HTTP edge, the upload reader and the job workers all
 * read their numbers from here, so a limit has one name and one unit.
 */
export interface LimitSpec {
  readonly env: string;
  readonly unit: 'bytes' | 'characters' | 'units' | 'pairs' | 'pages' | 'ms' | 'jobs';
  readonly default: number;
  readonly min: number;
  readonly max: number;
  readonly what: string;
}

export const LIMITS = {
  documentBytes: {
    env: 'MAX_DOCUMENT_BYTES',
    unit: 'bytes',
    default: 2_000_000,
    min: 1_000,
    max: 50_000_000,
    what: 'one document: a JSON text in UTF-8, or an uploaded file',
  },
  extractedChars: {
    env: 'MAX_EXTRACTED_CHARS',
    unit: 'characters',
    default: 2_000_000,
    min: 1_000,
    max: 50_000_000,
    what: 'text extracted from one uploaded file',
  },
  inflatedBytes: {
    env: 'MAX_INFLATED_BYTES',
    unit: 'bytes',
    default: 64_000_000,
    min: 100_000,
    max: 1_000_000_000,
    what: 'the parts of one PDF or DOCX once decompressed, counted before they are parsed',
  },
  pdfPages: { env: 'MAX_PDF_PAGES', unit: 'pages', default: 2_000, min: 1, max: 100_000, what: 'pages read from one PDF' },
  units: { env: 'MAX_UNITS', unit: 'units', default: 20_000, min: 10, max: 1_000_000, what: 'clauses (units) in one document' },
  unitChars: { env: 'MAX_UNIT_CHARS', unit: 'characters', default: 5_000, min: 100, max: 1_000_000, what: 'one unit, and one clause of a similarity pair' },
  pairs: { env: 'MAX_PAIRS', unit: 'pairs', default: 10_000, min: 1, max: 1_000_000, what: 'pairs in one similarity request' },
  resourceBytes: {
    env: 'MAX_RESOURCE_BYTES',
    unit: 'bytes',
    default: 25_000_000,
    min: 10_000,
    max: 500_000_000,
    what: 'one stored alignment as JSON; a larger result is refused before anything is stored',
  },
  deadlineMs: { env: 'JOB_DEADLINE_MS', unit: 'ms', default: 60_000, min: 100, max: 3_600_000, what: 'one job, from when a warm worker takes it' },
  queueWaitMs: {
    env: 'JOB_QUEUE_WAIT_MS',
    unit: 'ms',
    default: 30_000,
    min: 100,
    max: 3_600_000,
    what: 'waiting for a worker; a job still queued then is refused',
  },
  queueLength: {
    env: 'JOB_QUEUE_LENGTH',
    unit: 'jobs',
    default: 32,
    min: 1,
    max: 10_000,
    what: 'jobs waiting per worker lane; beyond it new jobs are refused at once and /readyz says not ready',
  },
  parseMs: {
    env: 'PARSE_DEADLINE_MS',
    unit: 'ms',
    default: 20_000,
    min: 100,
    max: 600_000,
    what: "extracting the text of one uploaded file, from when a warm parser takes it; also the longest an upload waits for a parser (the parse lane's queue wait, in place of `JOB_QUEUE_WAIT_MS`)",
  },
} as const satisfies Record<string, LimitSpec>;

export type LimitName = keyof typeof LIMITS;
export type Limits = { readonly [K in LimitName]: number };

export const DEFAULT_LIMITS: Limits = Object.fromEntries(Object.entries(LIMITS).map(([name, spec]) => [name, spec.default])) as Limits;

/**
 * A size as a person reads it: megabytes with one decimal where it matters ("3.1 MB",
 * "2 MB"), kilobytes below one megabyte. Decimal units, as the limits are set in them.
 *
 * @example
 * sizeInWords(3_145_878) // '3.1 MB'
 */
export function sizeInWords(bytes: number, decimals = 1): string {
  if (bytes >= 1_000_000) return `${Number((bytes / 1_000_000).toFixed(decimals))} MB`;
  if (bytes >= 1_000) return `${Number((bytes / 1_000).toFixed(decimals))} kB`;
  return `${bytes} bytes`;
}

/**
 * "This is X; the limit is Y", with X shown precisely enough to differ from Y: a file a
 * few bytes over 2 MB must not read "2 MB; the limit is 2 MB".
 *
 * @example
 * overLimit(3_145_878, 2_000_000) // '3.1 MB; the limit is 2 MB'
 */
export function overLimit(bytes: number, limit: number): string {
  const shown = [1, 2, 3, 4, 5, 6].map((d) => sizeInWords(bytes, d)).find((s) => s !== sizeInWords(limit)) ?? `${bytes} bytes`;
  return `${shown}; the limit is ${sizeInWords(limit)}`;
}

/**
 * Fixed, not configurable: a title and a publisher are one line of a report and
 * part of a download's file name. A title read from a file is shortened to fit
 * (src/extract/title.ts); one the caller typed over it is refused.
 */
export const MAX_TITLE_CHARS = 500;
export const MAX_PUBLISHER_CHARS = 300;
