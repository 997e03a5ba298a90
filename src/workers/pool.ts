import type { Worker } from 'node:worker_threads';
import { type AppError, OverloadedError } from '../errors';
import { abandoned, causeError, failureError, internal } from './failures';
import { startWorkerIn } from './start';
import type { FromWorker } from './protocol';

/** What the pools log through; pino's Logger fits, and tests can pass a recorder. */
export interface PoolLogger {
  info(fields: object, msg: string): void;
  warn(fields: object, msg: string): void;
  error(fields: object, msg: string): void;
}

export interface PoolOptions {
  /** Named in logs and readiness: 'align', 'report', 'parse'. */
  readonly name: string;
  /** The folder holding this pool's `worker` script. */
  readonly dir: string;
  readonly size: number;
  /** Counted from when a warm worker takes the job, so neither the queue nor a cold start eats into it. */
  readonly deadlineMs: number;
  /** Counted from when the job is queued; a job still waiting then is refused by its own timer. */
  readonly queueWaitMs: number;
  /** Jobs waiting at most; beyond it `run` refuses at once. */
  readonly queueLength: number;
  readonly heapMb?: number;
  /** Passed to each worker as workerData (what to warm up). */
  readonly workerData?: unknown;
  readonly logger?: PoolLogger;
  /** How a job past its deadline is refused: a comparison is 503, an upload that takes too long is unreadable. */
  readonly lateError: (deadlineMs: number) => AppError;
  readonly waitError: (queueWaitMs: number) => AppError;
  readonly memoryError: (heapMb: number | undefined) => AppError;
  /** Let the process exit while no job is queued or running (the CLI); a server keeps its workers. */
  readonly unrefWhenIdle?: boolean;
  /** How long a running job whose caller has gone may still finish before its worker is stopped (ABANDON_GRACE_MS). */
  readonly abandonGraceMs?: number;
}

/** About a replacement worker's warm-up: a job that ends within it costs less to finish than to stop. */
export const ABANDON_GRACE_MS = 1_000;

export interface RunOptions {
  /** The request the job serves, in every log line about it. */
  readonly requestId?: string;
  /** This job's own deadline, when it differs from the pool's. */
  readonly deadlineMs?: number;
  readonly transfer?: readonly ArrayBuffer[];
  /**
   * Aborted when nobody waits for the answer any more (the caller hung up): a queued job is dropped,
   * and a running one still running ABANDON_GRACE_MS later has its worker terminated and replaced,
   * as a job past its deadline does.
   */
  readonly signal?: AbortSignal;
}

export interface PoolStats {
  readonly name: string;
  readonly size: number;
  readonly warm: number;
  readonly busy: number;
  readonly queued: number;
  readonly queueLength: number;
}

export interface Pool<T, R> {
  run(task: T, options?: RunOptions): Promise<R>;
  stats(): PoolStats;
  close(): Promise<void>;
}

interface Job {
  readonly id: number;
  readonly task: unknown;
  readonly options: RunOptions;
  readonly resolve: (value: unknown) => void;
  readonly reject: (error: Error) => void;
  waitTimer: NodeJS.Timeout | undefined;
}

interface Slot {
  /** Undefined while a replacement waits out its back-off. */
  worker: Worker | undefined;
  warm: boolean;
  startedAt: number;
  job: Job | undefined;
  timer: NodeJS.Timeout | undefined;
}

/**
 * A fixed set of worker threads with a queue that cannot wedge: every queued
 * job has its own timer, a slot that frees up takes the next job still
 * waiting, and a job past its deadline has its worker terminated (the only way
 * to stop synchronous work) and replaced. A worker takes jobs only once it has
 * said it is warm. Crashes, deadlines and replacements are logged with the
 * request id, and a crash's error travels on as the rejection's `cause`.
 */
export function createPool<T, R>(options: PoolOptions): Pool<T, R> {
  const queue: Job[] = [];
  const slots: Slot[] = [];
  const log = options.logger;
  let nextId = 1;
  let closed = false;
  let earlyDeaths = 0;

  const spawn = (slot: Slot): void => {
    const worker = startWorkerIn(options.dir, {
      workerData: options.workerData,
      ...(options.heapMb ? { resourceLimits: { maxOldGenerationSizeMb: options.heapMb } } : {}),
    });
    slot.worker = worker;
    slot.warm = false;
    slot.startedAt = Date.now();
    listen(slot, worker);
    holdProcess();
  };

  // Listeners check the worker is still the slot's: a replaced worker's last events must not touch its successor.
  const listen = (slot: Slot, worker: Worker): void => {
    worker.on('message', (message: FromWorker) => {
      if (slot.worker !== worker) return;
      if ('ready' in message) {
        slot.warm = true;
        earlyDeaths = 0;
        log?.info({ pool: options.name, warmMs: Date.now() - slot.startedAt }, 'worker ready');
        if (message.warmUpFailed) log?.error({ pool: options.name, err: causeError(message.warmUpFailed) }, 'worker warm-up failed');
        dispatch();
        return;
      }
      const job = slot.job;
      if (!job || job.id !== message.id) return;
      free(slot);
      if (message.ok) job.resolve(message.value);
      else job.reject(failureError(message.error, job, options.name, log));
      dispatch();
    });
    worker.on('error', (error: Error & { code?: string }) => {
      if (slot.worker !== worker) return;
      const job = free(slot);
      const outOfMemory = error.code === 'ERR_WORKER_OUT_OF_MEMORY';
      // Running out of memory is the input's doing (a warning); any other crash is ours (an error).
      log?.[outOfMemory ? 'warn' : 'error'](
        { pool: options.name, reqId: job?.options.requestId, err: error },
        outOfMemory ? 'worker ran out of memory' : 'worker crashed',
      );
      job?.reject(outOfMemory ? options.memoryError(options.heapMb) : internal(error));
      replace(slot, outOfMemory ? 'out of memory' : 'crashed');
    });
    worker.on('exit', (code) => {
      if (slot.worker !== worker || closed) return;
      const job = free(slot);
      log?.error({ pool: options.name, reqId: job?.options.requestId, exitCode: code }, 'worker exited');
      job?.reject(internal(new Error(`worker exited with code ${code}`)));
      replace(slot, 'exited');
    });
  };

  const free = (slot: Slot): Job | undefined => {
    const job = slot.job;
    if (slot.timer) clearTimeout(slot.timer);
    slot.job = undefined;
    slot.timer = undefined;
    holdProcess();
    return job;
  };

  const holdProcess = (): void => {
    if (!options.unrefWhenIdle) return;
    const busy = queue.length > 0 || slots.some((s) => s.job);
    for (const slot of slots) {
      if (busy) slot.worker?.ref();
      else slot.worker?.unref();
    }
  };

  const replace = (slot: Slot, why: string): void => {
    if (closed) return;
    const old = slot.worker;
    if (!slot.warm) earlyDeaths += 1;
    // A worker that dies before it is warm would die again at once: back off rather than spin.
    const delay = slot.warm ? 0 : Math.min(30_000, 250 * 2 ** Math.min(earlyDeaths, 7));
    slot.warm = false;
    // The old worker stops receiving at once; its successor starts now or after the back-off.
    slot.worker = undefined;
    void old?.terminate();
    log?.info({ pool: options.name, why, delayMs: delay }, 'worker replaced');
    if (delay === 0) spawn(slot);
    else setTimeout(() => !closed && spawn(slot), delay).unref();
  };

  // The caller is gone: a queued job leaves the queue; a running one stops the only way synchronous work can.
  const abandon = (job: Job): void => {
    const at = queue.indexOf(job);
    if (at >= 0) {
      queue.splice(at, 1);
      clearTimeout(job.waitTimer);
      holdProcess();
      log?.info({ pool: options.name, reqId: job.options.requestId }, 'queued job dropped: its caller went away');
      job.reject(abandoned());
      return;
    }
    const slot = slots.find((s) => s.job === job);
    if (!slot) return;
    // Stopping a job costs its worker's warm-up again (0.6–0.9 s of a core), more than a job near its end has left: it
    // runs on for a grace, and only one still running after it is stopped. One that ends meanwhile answers as ever.
    setTimeout(() => {
      if (slot.job !== job || closed) return;
      log?.info({ pool: options.name, reqId: job.options.requestId }, 'running job stopped: its caller went away; worker terminated');
      stop(slot, job, abandoned(), 'abandoned');
    }, options.abandonGraceMs ?? ABANDON_GRACE_MS).unref();
  };

  // A running job stops the only way synchronous work can: refused, its worker terminated and replaced, the queue on.
  const stop = (slot: Slot, job: Job, error: AppError, why: string): void => {
    free(slot);
    job.reject(error);
    replace(slot, why);
    dispatch();
  };

  const dispatch = (): void => {
    for (const slot of slots) {
      if (queue.length === 0) return;
      if (!slot.worker || !slot.warm || slot.job) continue;
      const job = queue.shift()!;
      clearTimeout(job.waitTimer);
      job.waitTimer = undefined;
      slot.job = job;
      const deadlineMs = job.options.deadlineMs ?? options.deadlineMs;
      slot.timer = setTimeout(() => {
        if (slot.job !== job) return;
        log?.warn({ pool: options.name, reqId: job.options.requestId, deadlineMs }, 'job past its deadline; worker terminated');
        stop(slot, job, options.lateError(deadlineMs), 'deadline');
      }, deadlineMs);
      slot.worker.postMessage({ id: job.id, task: job.task }, (job.options.transfer ?? []) as ArrayBuffer[]);
    }
  };

  for (let i = 0; i < options.size; i += 1) {
    const slot: Slot = { worker: undefined, warm: false, startedAt: 0, job: undefined, timer: undefined };
    spawn(slot);
    slots.push(slot);
  }

  return {
    run(task, runOptions = {}) {
      if (closed) return Promise.reject(new OverloadedError('The service is shutting down; retry in a moment.'));
      if (queue.length >= options.queueLength) {
        log?.warn({ pool: options.name, reqId: runOptions.requestId, queued: queue.length }, 'queue full; job refused');
        return Promise.reject(new OverloadedError('The service is at capacity; retry in a little while.'));
      }
      const { signal } = runOptions;
      if (signal?.aborted) return Promise.reject(abandoned());
      return new Promise<R>((resolve, reject) => {
        const onAbort = (): void => abandon(job);
        const settled = (): void => signal?.removeEventListener('abort', onAbort);
        const job: Job = {
          id: nextId++,
          task,
          options: runOptions,
          resolve: (value) => {
            settled();
            resolve(value as R);
          },
          reject: (error) => {
            settled();
            reject(error);
          },
          waitTimer: undefined,
        };
        signal?.addEventListener('abort', onAbort, { once: true });
        job.waitTimer = setTimeout(() => {
          const at = queue.indexOf(job);
          if (at < 0) return;
          queue.splice(at, 1);
          holdProcess();
          log?.warn({ pool: options.name, reqId: runOptions.requestId, queueWaitMs: options.queueWaitMs }, 'job waited too long in the queue');
          job.reject(options.waitError(options.queueWaitMs));
        }, options.queueWaitMs);
        queue.push(job);
        holdProcess();
        dispatch();
      });
    },
    stats() {
      return {
        name: options.name,
        size: slots.length,
        warm: slots.filter((s) => s.warm).length,
        busy: slots.filter((s) => s.job).length,
        queued: queue.length,
        queueLength: options.queueLength,
      };
    },
    async close() {
      closed = true;
      for (const job of queue.splice(0)) {
        clearTimeout(job.waitTimer);
        job.reject(new OverloadedError('The service is shutting down; retry in a moment.'));
      }
      for (const slot of slots) free(slot)?.reject(new OverloadedError('The service is shutting down; retry in a moment.'));
      await Promise.all(slots.map((slot) => slot.worker?.terminate()));
    },
  };
}
