import type { ErrorRequestHandler, RequestHandler } from 'express';
import type { Logger } from 'pino';
import { AppError, isAppError, NotFoundError, type ErrorCode, type FieldIssue } from '../errors';

/** The one place that says which HTTP status each error code becomes. */
export const STATUS_BY_CODE: Readonly<Record<ErrorCode, 400 | 401 | 403 | 404 | 405 | 413 | 415 | 422 | 429 | 500 | 503>> = {
  invalid_request: 422,
  malformed_json: 400,
  bad_request: 400,
  unauthorized: 401,
  quota_exceeded: 403,
  payload_too_large: 413,
  not_found: 404,
  method_not_allowed: 405,
  input_unreadable: 422,
  unsupported_media_type: 415,
  unsupported_charset: 415,
  unsupported_encoding: 415,
  request_aborted: 400,
  rate_limited: 429,
  overloaded: 503,
  deadline_exceeded: 503,
  internal: 500,
};

const TITLES: Readonly<Record<ErrorCode, string>> = {
  invalid_request: 'The request is not valid',
  malformed_json: 'The request body is not valid JSON',
  bad_request: 'The request cannot be read',
  unauthorized: 'An API key is needed',
  quota_exceeded: 'The storage quota of this key is used up',
  payload_too_large: 'The request is too large',
  not_found: 'Not found',
  method_not_allowed: 'This method is not allowed here',
  input_unreadable: 'The input cannot be read',
  unsupported_media_type: 'This type of document is not supported',
  unsupported_charset: 'This character set is not supported',
  unsupported_encoding: 'This content encoding is not supported',
  request_aborted: 'The request was cut off',
  rate_limited: 'Too many requests',
  overloaded: 'The service is busy',
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
  /** The inputs the problem is about (`source.date`, `target.file`), each with what is wrong with it, for a form to show beside that field. */
  readonly fields?: readonly FieldIssue[];
  /** The request's id, as in the X-Request-Id header and the logs: what a caller quotes when reporting a problem. */
  readonly requestId?: string;
}

/** The problem+json body a caller receives for an AppError. */
export function toProblem(error: AppError, instance?: string, requestId?: string): Problem {
  const problem: Problem = {
    type: `about:blank#${error.code}`,
    title: TITLES[error.code],
    status: STATUS_BY_CODE[error.code],
    detail: error.detail,
    code: error.code,
    ...(instance ? { instance } : {}),
    ...(error.issues.length > 0 ? { issues: error.issues } : {}),
    ...(error.fields.length > 0 ? { fields: error.fields } : {}),
    ...(requestId ? { requestId } : {}),
  };
  return problem;
}

/** What body parsers and the router throw for a client's mistake, in our words: their messages are never shown. */
const BY_TYPE: Readonly<Record<string, () => AppError>> = {
  'entity.parse.failed': () => new AppError('malformed_json', 'The request body could not be parsed as JSON.'),
  // Each JSON route says which of its limits was passed (body.ts); this is the fallback for any other parser.
  'entity.too.large': () => new AppError('payload_too_large', 'The request body is over the limit of its route.'),
  'charset.unsupported': () => new AppError('unsupported_charset', 'Send JSON in UTF-8 (charset=utf-8, or no charset at all).'),
  'encoding.unsupported': () => new AppError('unsupported_encoding', 'Send the body uncompressed, or compressed with gzip, deflate or br.'),
  'request.aborted': () => new AppError('request_aborted', 'The client closed the connection before the body was complete.'),
  'request.size.invalid': () => new AppError('bad_request', 'The body is not as long as its Content-Length says.'),
};

/** Anything unknown is our fault, and says nothing more; a 4xx from a library is the caller's, in our words. */
export function asAppError(error: unknown): AppError {
  if (isAppError(error)) return error;
  const { type, status } = (error ?? {}) as { type?: string; status?: number };
  const known = type === undefined ? undefined : BY_TYPE[type];
  if (known) return known();
  if (error instanceof URIError) return new AppError('bad_request', 'The path holds a malformed percent-encoding.');
  if (typeof status === 'number' && status >= 400 && status < 500) {
    // A body that does not decompress as its Content-Encoding says: zlib's own message is not ours to pass on.
    return new AppError('bad_request', 'The request body could not be read; if it is compressed, check that it matches its Content-Encoding.');
  }
  return new AppError('internal', 'Something went wrong on our side; the error has been logged.');
}

export const notFoundHandler: RequestHandler = (req, _res, next) => {
  next(new NotFoundError(`No route for ${req.method} ${req.path}.`));
};

export function problemHandler(logger: Logger): ErrorRequestHandler {
  return (error: unknown, req, res, _next) => {
    const appError = asAppError(error);
    // Our fault is logged with its stack (and its cause) for us; the caller's mistakes are logged by the request line alone.
    if (appError.code === 'internal') logger.error({ reqId: req.id, err: error }, 'unexpected error');
    if (appError.code === 'request_aborted' || res.headersSent || req.socket.destroyed) {
      if (!res.headersSent && !req.socket.destroyed) res.status(STATUS_BY_CODE[appError.code]).end();
      return;
    }
    if (appError.code === 'unauthorized') res.setHeader('WWW-Authenticate', 'Bearer realm="clause-continuity"');
    const retryAfter = (appError as { retryAfterSeconds?: number }).retryAfterSeconds;
    if (retryAfter !== undefined) res.setHeader('Retry-After', String(retryAfter));
    const problem = toProblem(appError, req.originalUrl, req.id);
    res.status(problem.status).type('application/problem+json').send(JSON.stringify(problem));
  };
}
