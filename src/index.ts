/** The public surface: the text pipeline, alignment, pledges, the app factory and the error types. */
export * from './text';
export * from './align';
export * from './similarity';
export * from './pledges';
export { createApp, type AppDeps } from './http/app';
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
export { runCli } from './commands/run';
