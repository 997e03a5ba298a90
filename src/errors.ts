/**
 * The stable error codes callers can branch on. Adding a code is a minor
 * change; renaming one breaks clients.
 */
export const ERROR_CODES = [
  'invalid_request',
  'malformed_json',
  'bad_request',
  'unauthorized',
  'quota_exceeded',
  'payload_too_large',
  'not_found',
  'method_not_allowed',
  'input_unreadable',
  'unsupported_media_type',
  'unsupported_charset',
  'unsupported_encoding',
  'request_aborted',
  'rate_limited',
  'overloaded',
  'deadline_exceeded',
  'internal',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** One problem tied to one input, by its path (`source.date`, `target.file`), so a form can show it beside that field. */
export interface FieldIssue {
  readonly field: string;
  readonly detail: string;
}

/**
 * Base of every error this service raises on purpose. `detail` is written for
 * the caller; nothing from a stack trace ever reaches them.
 */
export class AppError extends Error {
  /** The inputs the error is about; empty when it concerns the request as a whole. */
  readonly fields: readonly FieldIssue[];
  constructor(
    readonly code: ErrorCode,
    readonly detail: string,
    readonly issues: readonly string[] = [],
    options?: ErrorOptions & { readonly fields?: readonly FieldIssue[] },
  ) {
    super(detail, options);
    this.name = new.target.name;
    this.fields = options?.fields ?? [];
  }
}

/**
 * The same error, tied to one input: what a route does once it knows which side a
 * document-level refusal (an upload's real type, its size) came from.
 *
 * @example
 * atField(new PayloadTooLargeError('over 2 MB'), 'source.file').fields // [{ field: 'source.file', detail: 'over 2 MB' }]
 */
export function atField(error: AppError, field: string, detail = error.detail): AppError {
  const placed = new AppError(error.code, detail, error.issues, { cause: error, fields: [{ field, detail }] });
  const retryAfter = (error as { retryAfterSeconds?: number }).retryAfterSeconds;
  return retryAfter === undefined ? placed : Object.assign(placed, { retryAfterSeconds: retryAfter });
}

export class InvalidRequestError extends AppError {
  constructor(detail: string, issues: readonly string[] = [], fields: readonly FieldIssue[] = []) {
    super('invalid_request', detail, issues, { fields });
  }
}

export class NotFoundError extends AppError {
  constructor(detail: string) {
    super('not_found', detail);
  }
}

export class InputUnreadableError extends AppError {
  constructor(detail: string, fields: readonly FieldIssue[] = []) {
    super('input_unreadable', detail, [], { fields });
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
  constructor(detail: string, fields: readonly FieldIssue[] = []) {
    super('payload_too_large', detail, [], { fields });
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

/** No key, or a key we do not know: the same answer for both, so a guess learns nothing. */
export class UnauthorizedError extends AppError {
  constructor(detail: string) {
    super('unauthorized', detail);
  }
}

/** The key's stored alignments would pass its storage quota. */
export class QuotaExceededError extends AppError {
  constructor(detail: string) {
    super('quota_exceeded', detail);
  }
}

/** Every worker of a lane is busy and its queue is full, or the pool is shutting down: retry later. */
export class OverloadedError extends AppError {
  constructor(
    detail: string,
    readonly retryAfterSeconds = 5,
  ) {
    super('overloaded', detail);
  }
}

const BY_CODE: Partial<Record<ErrorCode, new (detail: string) => AppError>> = {
  invalid_request: InvalidRequestError,
  not_found: NotFoundError,
  input_unreadable: InputUnreadableError,
  unsupported_media_type: UnsupportedMediaTypeError,
  payload_too_large: PayloadTooLargeError,
  deadline_exceeded: DeadlineExceededError,
  unauthorized: UnauthorizedError,
  quota_exceeded: QuotaExceededError,
  overloaded: OverloadedError,
};

/**
 * Rebuilds an error that crossed a thread boundary as `{ code, detail }`, as
 * the class a caller would have caught had it been thrown here.
 *
 * @example appErrorOf('payload_too_large', 'too many units') instanceof PayloadTooLargeError // true
 */
export function appErrorOf(code: ErrorCode, detail: string, issues: readonly string[] = [], fields: readonly FieldIssue[] = []): AppError {
  const Known = BY_CODE[code];
  if (!Known || issues.length > 0) return new AppError(code, detail, issues, { fields });
  // The known classes take their fields in constructors of different shapes: the one field they share is set after.
  return fields.length > 0 ? Object.assign(new Known(detail), { fields }) : new Known(detail);
}

/** Seconds, as a caller reads them: "0.5 s" for a short deadline rather than "0 s". */
export const seconds = (ms: number): string => `${ms < 10_000 ? Number((ms / 1000).toFixed(1)) : Math.round(ms / 1000)} s`;

/** @example isAppError(new NotFoundError('no alignment 42')) // true */
export const isAppError = (value: unknown): value is AppError => value instanceof AppError;
