/**
 * The stable error codes callers can branch on. Adding a code is a minor
 * change; renaming one breaks clients.
 */
export const ERROR_CODES = [
  'invalid_request',
  'malformed_json',
  'payload_too_large',
  'not_found',
  'input_unreadable',
  'unsupported_media_type',
  'rate_limited',
  'deadline_exceeded',
  'internal',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/**
 * Base of every error this service raises on purpose. `detail` is written for
 * the caller; nothing from a stack trace ever reaches them.
 *
 * @example
 * throw new InvalidRequestError('mode must be one of clauses, sentences, lines');
 */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly detail: string,
    readonly issues: readonly string[] = [],
  ) {
    super(detail);
    this.name = new.target.name;
  }
}

export class InvalidRequestError extends AppError {
  constructor(detail: string, issues: readonly string[] = []) {
    super('invalid_request', detail, issues);
  }
}

export class NotFoundError extends AppError {
  constructor(detail: string) {
    super('not_found', detail);
  }
}

export class InputUnreadableError extends AppError {
  constructor(detail: string) {
    super('input_unreadable', detail);
  }
}

/** A file type the service does not read (an image, a spreadsheet, an unknown extension). */
export class UnsupportedMediaTypeError extends AppError {
  constructor(detail: string) {
    super('unsupported_media_type', detail);
  }
}

/** An input over one of the configured limits: bytes per document, units per document, characters per unit. */
export class PayloadTooLargeError extends AppError {
  constructor(detail: string) {
    super('payload_too_large', detail);
  }
}

export class RateLimitedError extends AppError {
  constructor(
    detail: string,
    readonly retryAfterSeconds: number,
  ) {
    super('rate_limited', detail);
  }
}

/** The work did not finish within the job's deadline; the caller may retry with smaller input. */
export class DeadlineExceededError extends AppError {
  constructor(detail: string) {
    super('deadline_exceeded', detail);
  }
}

/** @example if (isAppError(e)) console.error(e.code) */
export const isAppError = (value: unknown): value is AppError => value instanceof AppError;
