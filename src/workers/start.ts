import { extname, join } from 'node:path';
import { Worker, type WorkerOptions } from 'node:worker_threads';

/**
 * Starts the `worker` script that sits in `dir` beside its caller. Compiled,
 * it is worker.js; under ts-jest or tsx it is worker.ts and needs tsx to load.
 * This module is compiled (or not) with its callers, so its own extension
 * tells which.
 */
export function startWorkerIn(dir: string, options: WorkerOptions = {}): Worker {
  const ext = extname(__filename);
  const execArgv = ext === '.ts' ? ['--require', require.resolve('tsx/cjs')] : [];
  return new Worker(join(dir, `worker${ext}`), { ...options, execArgv });
}
