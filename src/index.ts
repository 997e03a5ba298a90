/** The public surface: the text pipeline, alignment, pledges, the app factory and the error types. */
export * from './text';
export * from './align';
export * from './similarity';
export * from './pledges';
export { createApp, type AppDeps } from './http/app';
export { createAlignmentService, type AlignmentService, type AlignmentResource, type AlignmentRequest } from './service';
export { createMemoryStore, createSqliteStore, type AlignmentStore } from './store';
export { createWorkerPool, createInlineRunner, type JobRunner } from './jobs';
export { loadConfig, DEFAULT_LIMITS, type Config, type Limits } from './config';
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
