import type { ErrorRequestHandler, RequestHandler } from 'express';
import type { Logger } from 'pino';
import { AppError, isAppError, NotFoundError, type ErrorCode } from '../errors';

/** The largest JSON body accepted: two documents at the 2 MB document limit, with room for JSON escaping. */
export const BODY_LIMIT = '5mb';

/** The one place that says which HTTP status each error code becomes. */
export const STATUS_BY_CODE: Readonly<Record<ErrorCode, 400 | 404 | 413 | 415 | 422 | 429 | 500 | 503>> = {
  invalid_request: 422,
  malformed_json: 400,
  payload_too_large: 413,
  not_found: 404,
  input_unreadable: 422,
  unsupported_media_type: 415,
  rate_limited: 429,
  deadline_exceeded: 503,
  internal: 500,
};

const TITLES: Readonly<Record<ErrorCode, string>> = {
  invalid_request: 'The request is not valid',
  malformed_json: 'The request body is not valid JSON',
  payload_too_large: 'The request is too large',
  not_found: 'Not found',
  input_unreadable: 'The input cannot be read',
  unsupported_media_type: 'This type of document is not supported',
  rate_limited: 'Too many requests',
  deadline_exceeded: 'The work took too long',
  internal: 'Internal error',
};

/** RFC 9457 problem details, with our stable `code`. */
export interface Problem {
  readonly type: string;
  readonly title: string;
  readonly status: number;
  readonly detail: string;
  readonly code: ErrorCode;
  readonly instance?: string;
  readonly issues?: readonly string[];
  /** The request's id, as in the X-Request-Id header and the logs: what a caller quotes when reporting a problem. */
  readonly requestId?: string;
}

/**
 * @example
 * toProblem(new NotFoundError('no alignment 42'), '/api/v1/alignments/42').status // 404
 */
export function toProblem(error: AppError, instance?: string, requestId?: string): Problem {
  const problem: Problem = {
    type: `about:blank#${error.code}`,
    title: TITLES[error.code],
    status: STATUS_BY_CODE[error.code],
    detail: error.detail,
    code: error.code,
    ...(instance ? { instance } : {}),
    ...(error.issues.length > 0 ? { issues: error.issues } : {}),
    ...(requestId ? { requestId } : {}),
  };
  return problem;
}

/** Body-parser failures carry `type: 'entity.parse.failed'`; everything unknown is our fault, and says nothing more. */
function asAppError(error: unknown): AppError {
  if (isAppError(error)) return error;
  const type = (error as { type?: string } | null)?.type;
  if (type === 'entity.parse.failed') return new AppError('malformed_json', 'The request body could not be parsed as JSON.');
  if (type === 'entity.too.large') return new AppError('payload_too_large', `The request body is over the limit of ${BODY_LIMIT}.`);
  return new AppError('internal', 'Something went wrong on our side; the error has been logged.');
}

export const notFoundHandler: RequestHandler = (req, _res, next) => {
  next(new NotFoundError(`No route for ${req.method} ${req.path}.`));
};

export function problemHandler(logger: Logger): ErrorRequestHandler {
  return (error: unknown, req, res, _next) => {
    const appError = asAppError(error);
    // Our fault is logged with its stack for us; the caller's mistakes are logged by the request line alone.
    if (appError.code === 'internal') logger.error({ reqId: req.id, err: error }, 'unexpected error');
    const problem = toProblem(appError, req.originalUrl, req.id);
    res.status(problem.status).type('application/problem+json').send(JSON.stringify(problem));
  };
}
