import { parentPort } from 'node:worker_threads';
import { isAppError } from '../errors';
import { err, ok } from '../result';
import type { FromWorker, TaskFailure, ToWorker } from './protocol';
import { ownBuffers } from './transfer';

/**
 * The worker side of a pool: warms up, says so, then answers each task with a
 * value or a failure, never an exception. A refusal (an AppError) keeps its code
 * and words; anything else is our fault, and its name, message and stack travel
 * back to be logged by the parent.
 */
export function serveTasks<T>(handle: (task: T) => unknown, warm: () => unknown = () => undefined, idle: () => void = () => undefined): void {
  const port = parentPort;
  if (!port) throw new Error('serveTasks must run in a worker thread');
  const post = (message: FromWorker, transfer: ArrayBuffer[] = []): void => port.postMessage(message, transfer);
  // Work for the next task: a failure here only leaves it undone, and the task itself will meet the same fault.
  const prepare = (): void => {
    try {
      idle();
    } catch {}
  };
  port.on('message', async ({ id, task }: ToWorker<T>) => {
    try {
      const value = await handle(task);
      // A byte result (a report, a comparison's JSON text) moves to the parent rather than being copied.
      post({ id, ...ok(value) }, ownBuffers(value));
    } catch (error) {
      post({ id, ...err(toFailure(error)) });
    }
    // Once the answer is on its way.
    setImmediate(prepare);
  });
  void (async () => {
    let failure: TaskFailure['cause'];
    try {
      await warm();
      prepare();
    } catch (error) {
      // Caught, not left to reject: an unhandled rejection would end the worker, and the pool would start another
      // that fails the same way. The worker still serves; a task that meets the same fault says so itself.
      // Any error, a refusal included: a warm-up has no caller to refuse, so whatever stopped it is ours to log.
      failure = causeOf(error);
    }
    post(failure ? { ready: true, warmUpFailed: failure } : { ready: true });
  })();
}

export function toFailure(error: unknown): TaskFailure {
  if (isAppError(error) && error.code !== 'internal')
    return {
      code: error.code,
      detail: error.detail,
      ...(error.issues.length > 0 ? { issues: error.issues } : {}),
      ...(error.fields.length > 0 ? { fields: error.fields } : {}),
    };
  return { code: 'internal', detail: 'internal', cause: causeOf(error) };
}

/** An error's name, message and stack, as they cross the thread boundary. */
function causeOf(error: unknown): NonNullable<TaskFailure['cause']> {
  const e = error instanceof Error ? error : new Error(String(error));
  return { name: e.name, message: e.message, ...(e.stack ? { stack: e.stack } : {}) };
}
