import { AppError, DeadlineExceededError, isAppError, OverloadedError, PayloadTooLargeError, seconds } from '../errors';
import { createPool, type Pool, type PoolLogger, type PoolStats } from '../workers/pool';
import { laneOf, type Job, type LaneData, type ResultOf } from './types';

/** What a job serves, for the logs. */
export interface JobContext {
  readonly requestId?: string;
  /** Aborted when nobody waits for the answer any more: a queued job is dropped, a running one stopped. */
  readonly signal?: AbortSignal;
  /** Buffers of the job that move to its worker rather than being copied: the caller must not use them afterwards. */
  readonly transfer?: readonly ArrayBuffer[];
}

/** Runs jobs somewhere: the HTTP service needs them off its event loop, the CLI does not care. */
export interface JobRunner {
  run<J extends Job>(job: J, context?: JobContext): Promise<ResultOf<J>>;
  /** Per lane: workers warm and busy, jobs queued. Empty for a runner without workers. */
  stats(): PoolStats[];
  close(): Promise<void>;
}

export interface LaneOptions {
  readonly size: number;
  readonly heapMb?: number;
}

export interface PoolOptions {
  /** Comparisons, traces and similarity. Each worker holds its own WordNet (~100 MB): keep it near the number of cores. */
  readonly align: LaneOptions;
  /** Report rendering, apart so that reports cannot starve alignments. */
  readonly report?: LaneOptions;
  /** From when a warm worker takes the job. */
  readonly deadlineMs: number;
  /** From when the job is queued; a job still waiting then is refused. */
  readonly queueWaitMs?: number;
  /** Jobs waiting per lane; beyond it new jobs are refused at once. */
  readonly queueLength?: number;
  readonly logger?: PoolLogger;
  /** The configured word vectors (VECTORS_FILE); unset, the shipped ones. */
  readonly vectorsFile?: string;
}

/**
 * Two lanes of worker threads (alignments, reports), each a pool that cannot
 * wedge: per-job queue timers, a deadline from when a warm worker takes the job,
 * the worker terminated and replaced when it is late.
 */
export function createWorkerPool(options: PoolOptions): JobRunner {
  const lane = (name: 'align' | 'report', spec: LaneOptions): Pool<Job, unknown> =>
    createPool<Job, unknown>({
      name,
      dir: __dirname,
      size: spec.size,
      ...(spec.heapMb ? { heapMb: spec.heapMb } : {}),
      workerData: { lane: name, vectorsFile: options.vectorsFile } satisfies LaneData,
      deadlineMs: options.deadlineMs,
      queueWaitMs: options.queueWaitMs ?? options.deadlineMs,
      queueLength: options.queueLength ?? 32,
      ...(options.logger ? { logger: options.logger } : {}),
      lateError: (ms) =>
        new DeadlineExceededError(`The ${name === 'align' ? 'comparison' : 'report'} did not finish within ${seconds(ms)}; try smaller documents.`),
      waitError: (ms) => new OverloadedError(`The service is busy: the work waited ${seconds(ms)} for a free worker; retry in a little while.`),
      memoryError: (mb) => new PayloadTooLargeError(`This work needs more than the ${mb ?? 'allowed'} MB of memory a worker may use; try smaller documents.`),
    });
  const lanes = { align: lane('align', options.align), report: lane('report', options.report ?? { size: 1 }) };
  return {
    run: <J extends Job>(job: J, context: JobContext = {}) =>
      lanes[laneOf(job)].run(job, {
        ...(context.requestId ? { requestId: context.requestId } : {}),
        ...(context.signal ? { signal: context.signal } : {}),
        ...(context.transfer ? { transfer: context.transfer } : {}),
      }) as Promise<ResultOf<J>>,
    stats: () => [lanes.align.stats(), lanes.report.stats()],
    async close() {
      await Promise.all([lanes.align.close(), lanes.report.close()]);
    },
  };
}

/**
 * Runs jobs on the calling thread: for the CLI and for tests that do not
 * need isolation. Same contract as the pool, no deadline; a fault comes back
 * as the same internal error, with the original as its cause.
 */
export function createInlineRunner(): JobRunner {
  return {
    async run<J extends Job>(job: J, context: JobContext = {}): Promise<ResultOf<J>> {
      // Work on this thread cannot be stopped once begun; work for a caller already gone is not begun.
      if (context.signal?.aborted) throw new AppError('request_aborted', 'The caller went away before the work was done; it was cancelled.');
      try {
        // Loaded on first use: it draws PDFs, and a process that never runs a job inline should not load pdfkit.
        const { runJob } = await import('./run-job');
        return (await runJob(job)) as ResultOf<J>;
      } catch (error) {
        if (isAppError(error) && error.code !== 'internal') throw error;
        throw new AppError('internal', 'The work failed on our side; the error has been logged.', [], { cause: error });
      }
    },
    stats: () => [],
    async close() {},
  };
}
