import type { Worker } from 'node:worker_threads';
import { AppError, DeadlineExceededError, InvalidRequestError, PayloadTooLargeError } from '../errors';
import { JobRefused, runJob } from './run-job';
import { startWorkerIn } from '../worker-threads';
import type { Job, JobFailure, JobReply, ResultOf } from './types';

/** Runs comparison jobs somewhere: the HTTP service needs them off its event loop, the CLI does not care. */
export interface JobRunner {
  run<J extends Job>(job: J): Promise<ResultOf<J>>;
  close(): Promise<void>;
}

export interface PoolOptions {
  /** Worker threads; each holds its own WordNet (~100 MB), so keep it near the number of cores. */
  readonly size: number;
  /** From the moment a job is queued: waiting counts, since the caller is waiting too. */
  readonly deadlineMs: number;
  /** Jobs waiting beyond this many are refused at once rather than left to miss their deadline. */
  readonly maxQueued?: number;
}

interface Pending {
  readonly id: number;
  readonly job: Job;
  readonly resolve: (value: unknown) => void;
  readonly reject: (error: AppError) => void;
  readonly deadline: number;
}

interface Slot {
  worker: Worker;
  current: Pending | undefined;
  timer: NodeJS.Timeout | undefined;
}

/**
 * A fixed pool of worker threads with a deadline per job: a job past its
 * deadline has its worker terminated (the only way to stop synchronous work)
 * and replaced, and the caller gets a 503-class error.
 *
 * @example
 * const pool = createWorkerPool({ size: 2, deadlineMs: 60_000 });
 * const comparison = await pool.run({ kind: 'compare', source, target, options: {}, limits });
 */
export function createWorkerPool(options: PoolOptions): JobRunner {
  const queue: Pending[] = [];
  const slots: Slot[] = [];
  let nextId = 1;
  let closed = false;

  // Listeners check that the worker is still the slot's: a replaced worker's last events must not touch its successor's job.
  const listen = (slot: Slot): void => {
    const worker = slot.worker;
    worker.on('message', (reply: JobReply<unknown>) => {
      if (slot.worker === worker) settle(slot, reply);
    });
    // A crash (out of memory, a bug) fails the job it was running, and the slot gets a fresh worker.
    worker.on('error', (error) => {
      if (slot.worker === worker) fail(slot, { code: 'internal', detail: `worker failed: ${error.message}` });
    });
    worker.on('exit', () => {
      if (slot.worker === worker && !closed) fail(slot, { code: 'internal', detail: 'worker exited' });
    });
  };
  const release = (slot: Slot): Pending | undefined => {
    const pending = slot.current;
    if (slot.timer) clearTimeout(slot.timer);
    slot.current = undefined;
    slot.timer = undefined;
    return pending;
  };
  const settle = (slot: Slot, reply: JobReply<unknown>): void => {
    const pending = release(slot);
    if (pending?.id !== reply.id) return;
    if (reply.ok) pending.resolve(reply.value);
    else pending.reject(toError(reply.failure));
    dispatch();
  };
  const replace = (slot: Slot): void => {
    const old = slot.worker;
    slot.worker = startWorker();
    listen(slot);
    void old.terminate();
  };
  const fail = (slot: Slot, failure: JobFailure): void => {
    const pending = release(slot);
    pending?.reject(toError(failure));
    if (!closed) replace(slot);
    dispatch();
  };
  const dispatch = (): void => {
    for (const slot of slots) {
      if (slot.current || queue.length === 0) continue;
      const pending = queue.shift()!;
      const left = pending.deadline - Date.now();
      if (left <= 0) {
        pending.reject(deadlineError(options.deadlineMs));
        continue;
      }
      slot.current = pending;
      slot.timer = setTimeout(() => {
        const timedOut = release(slot);
        timedOut?.reject(deadlineError(options.deadlineMs));
        replace(slot);
        dispatch();
      }, left);
      slot.worker.postMessage({ id: pending.id, job: pending.job });
    }
  };

  for (let i = 0; i < options.size; i += 1) {
    const slot: Slot = { worker: startWorker(), current: undefined, timer: undefined };
    listen(slot);
    slots.push(slot);
  }
  return {
    run<J extends Job>(job: J): Promise<ResultOf<J>> {
      if (closed) return Promise.reject(new AppError('internal', 'The job pool is shut down.'));
      if (queue.length >= (options.maxQueued ?? 64)) {
        return Promise.reject(new DeadlineExceededError('The service is at capacity; retry in a little while.'));
      }
      return new Promise<ResultOf<J>>((resolve, reject) => {
        queue.push({ id: nextId++, job, resolve: resolve as (value: unknown) => void, reject, deadline: Date.now() + options.deadlineMs });
        dispatch();
      });
    },
    async close() {
      closed = true;
      for (const pending of queue.splice(0)) pending.reject(new AppError('internal', 'The job pool is shutting down.'));
      await Promise.all(slots.map((slot) => slot.worker.terminate()));
    },
  };
}

/**
 * Runs jobs on the calling thread: for the CLI and for tests that do not
 * need isolation. Same contract as the pool, no deadline.
 *
 * @example
 * await createInlineRunner().run(job)
 */
export function createInlineRunner(): JobRunner {
  return {
    async run<J extends Job>(job: J): Promise<ResultOf<J>> {
      try {
        return (await runJob(job)) as ResultOf<J>;
      } catch (error) {
        throw error instanceof JobRefused ? toError(error.failure) : error;
      }
    },
    async close() {},
  };
}

const startWorker = (): Worker => startWorkerIn(__dirname);

function toError(failure: JobFailure): AppError {
  if (failure.code === 'payload_too_large') return new PayloadTooLargeError(failure.detail);
  if (failure.code === 'invalid_request') return new InvalidRequestError(failure.detail);
  return new AppError('internal', 'The comparison failed on our side; the error has been logged.');
}

const deadlineError = (ms: number): DeadlineExceededError =>
  new DeadlineExceededError(`The comparison did not finish within ${Math.round(ms / 1000)} s; try smaller documents.`);
