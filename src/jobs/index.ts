export { createInlineRunner, createWorkerPool, type JobRunner, type PoolOptions } from './pool';
export type { CompareJob, Job, ResultOf, TraceJob, UnitLimits } from './types';
