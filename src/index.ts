/**
 * The library's core: the text pipeline, alignment, similarity, pledges, the
 * limits and the error and result types. Nothing here loads express, pdfkit,
 * fontkit or pdf.js (test/entry-points.test.ts holds it to that): the HTTP app
 * is `clause-continuity/server`, reports `clause-continuity/report`, the
 * service and its store `clause-continuity/service` and `/store`, as package.json's
 * `exports` lists them.
 */
export * from './text';
export * from './align';
export * from './similarity';
export * from './pledges';
export { DEFAULT_LIMITS, LIMITS, type Limits } from './limits';
export { err, ok, type Result } from './result';
export {
  AppError,
  InvalidRequestError,
  NotFoundError,
  InputUnreadableError,
  UnsupportedMediaTypeError,
  PayloadTooLargeError,
  RateLimitedError,
  DeadlineExceededError,
  isAppError,
  type ErrorCode,
} from './errors';
