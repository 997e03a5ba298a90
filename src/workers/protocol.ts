import type { ErrorCode, FieldIssue } from '../errors';
import type { Result } from '../result';

/** A job's failure as it crosses back: our stable code and words for the caller, and for our own faults the error itself. */
export interface TaskFailure {
  readonly code: ErrorCode;
  readonly detail: string;
  readonly issues?: readonly string[];
  /** The inputs a refusal is about, as the caller named them. */
  readonly fields?: readonly FieldIssue[];
  /** Only for `internal`: what went wrong, for the log and the rejection's `cause`, never for the caller. */
  readonly cause?: { readonly name: string; readonly message: string; readonly stack?: string };
}

/** `ready` comes once, after the warm-up; a warm-up that failed says why, for the log. */
export type FromWorker = { readonly ready: true; readonly warmUpFailed?: TaskFailure['cause'] } | ({ readonly id: number } & Result<unknown, TaskFailure>);

export interface ToWorker<T> {
  readonly id: number;
  readonly task: T;
}
