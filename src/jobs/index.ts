export { createInlineRunner, createWorkerPool, type JobRunner, type PoolOptions } from './pool';
export type { CompareJob, UnitLimits } from './types';
