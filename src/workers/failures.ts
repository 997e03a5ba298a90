/** How a pool's failures reach its callers and its log: a worker's fault as an internal error with its cause, a caller gone as an abort. */
import { AppError, appErrorOf } from '../errors';
import type { TaskFailure } from './protocol';

/** The work's caller went away before its answer: nothing is sent, so nobody reads this but the logs. */
export function abandoned(): AppError {
  return new AppError('request_aborted', 'The caller went away before the work was done; it was cancelled.');
}

/** Our own fault: the caller learns nothing of it, the log and the `cause` keep the worker's error. */
export function internal(cause: unknown): AppError {
  return new AppError('internal', 'The work failed on our side; the error has been logged.', [], { cause });
}

export function failureError(
  failure: TaskFailure,
  job: { readonly options: { readonly requestId?: string } },
  pool: string,
  log: { error(fields: object, msg: string): void } | undefined,
): AppError {
  if (failure.code !== 'internal') return appErrorOf(failure.code, failure.detail, failure.issues ?? [], failure.fields ?? []);
  const cause = causeError(failure.cause, failure.detail);
  log?.error({ pool, reqId: job.options.requestId, err: cause }, 'job failed inside its worker');
  return internal(cause);
}

/** A worker's error, rebuilt on this side of the thread boundary for the log. */
export function causeError(cause: TaskFailure['cause'], fallback = 'internal'): Error {
  return Object.assign(new Error(cause?.message ?? fallback), { name: cause?.name ?? 'Error', stack: cause?.stack });
}
