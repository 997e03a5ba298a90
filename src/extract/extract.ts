import { InputUnreadableError, OverloadedError, PayloadTooLargeError, seconds } from '../errors';
import { DEFAULT_LIMITS } from '../limits';
import { createPool, type Pool, type PoolLogger, type PoolStats } from '../workers/pool';
import type { ConvertTask } from './convert';
import { detectFormat, sniffContent } from './detect';
import type { Extracted, ExtractLimits, UploadedFile } from './types';

/** Parse workers: a fixed number, each with a heap cap, a queue with its own timers, a deadline per file. */
export interface Parser {
  /** `signal`: aborted when nobody waits for the text any more (the client hung up): a queued file is dropped, a running one stopped. */
  convert(task: ConvertTask, options?: { requestId?: string; parseMs?: number; signal?: AbortSignal }): Promise<{ text: string; title: string | null }>;
  stats(): PoolStats;
  close(): Promise<void>;
}

export interface ParserOptions {
  /** Parses at once; the rest wait their turn. */
  readonly size: number;
  /** Heap of each parse worker; a file that needs more is refused as too large. */
  readonly heapMb: number;
  readonly parseMs: number;
  readonly queueLength?: number;
  readonly logger?: PoolLogger;
  /** For the CLI: the workers do not keep the process alive once idle. */
  readonly unrefWhenIdle?: boolean;
}

/** The parse workers uploads are read in: a few at once, each with its own heap limit and deadline, the rest queued. */
export function createParser(options: ParserOptions): Parser {
  const pool: Pool<ConvertTask, { text: string; title: string | null }> = createPool({
    name: 'parse',
    dir: __dirname,
    size: options.size,
    heapMb: options.heapMb,
    deadlineMs: options.parseMs,
    queueWaitMs: options.parseMs,
    queueLength: options.queueLength ?? 16,
    ...(options.logger ? { logger: options.logger } : {}),
    ...(options.unrefWhenIdle ? { unrefWhenIdle: true } : {}),
    lateError: (ms) => new InputUnreadableError(`reading the file took longer than ${seconds(ms)}; it is damaged or too complex`),
    waitError: (ms) => new OverloadedError(`The service is busy: the file waited ${seconds(ms)} to be read; retry in a little while.`),
    memoryError: (mb) => new PayloadTooLargeError(`reading the file needs more than ${mb ?? 'the allowed'} MB of memory`),
  });
  return {
    convert: (task, runOptions = {}) =>
      pool.run(task, {
        ...(runOptions.requestId ? { requestId: runOptions.requestId } : {}),
        ...(runOptions.parseMs ? { deadlineMs: runOptions.parseMs } : {}),
        ...(runOptions.signal ? { signal: runOptions.signal } : {}),
        transfer: [task.data.buffer as ArrayBuffer],
      }),
    stats: () => pool.stats(),
    close: () => pool.close(),
  };
}

let shared: Parser | undefined;
/** One small parser for callers that bring none (the CLI, tests); it lets the process exit when idle. */
function sharedParser(): Parser {
  shared ??= createParser({ size: 1, heapMb: 512, parseMs: DEFAULT_LIMITS.parseMs, unrefWhenIdle: true });
  return shared;
}

/**
 * Turns an uploaded file into plain text whose paragraphs, list items and
 * headings survive as blank lines and lines, ready for `segment()`. Only the
 * size check and the format sniffing (a bounded window of the bytes) run here;
 * everything else runs in a parse worker.
 * Refusals are AppErrors: UnsupportedMediaTypeError (415) for a format we do
 * not read or a declared type the content contradicts, InputUnreadableError
 * (422) for invalid text or a damaged, encrypted or runaway file,
 * PayloadTooLargeError (413) over a size, page, decompression or text limit.
 */
export async function extractText(
  file: UploadedFile,
  limits: ExtractLimits = {},
  parser?: Parser,
  context: { readonly requestId?: string; readonly signal?: AbortSignal } = {},
): Promise<Extracted> {
  const { documentBytes, extractedChars, inflatedBytes, pdfPages, parseMs } = { ...DEFAULT_LIMITS, ...limits };
  if (file.buffer.length > documentBytes) {
    throw new PayloadTooLargeError(`the file has ${file.buffer.length} bytes; at most ${documentBytes} are accepted`);
  }
  const format = detectFormat(file, sniffContent(file.buffer));
  const task: ConvertTask = {
    format,
    // A copy the worker can own: the upload's Buffer may share a pooled ArrayBuffer with other data.
    data: new Uint8Array(file.buffer),
    ...(file.mimetype ? { mimetype: file.mimetype } : {}),
    limits: { extractedChars, inflatedBytes, pdfPages },
  };
  // The shared parser starts a worker: made only for a file that passed the checks above, so a refused one costs none
  // (a CLI refusing two files had waited on the worker it had started for nothing).
  const { requestId, signal } = context;
  const { text, title } = await (parser ?? sharedParser()).convert(task, { ...(requestId ? { requestId } : {}), ...(signal ? { signal } : {}), parseMs });
  return { text, format, title };
}
