export { createInlineRunner, createWorkerPool, type JobRunner, type PoolOptions } from './pool';
export type { CompareJob, Job, PdfJob, ResultOf, SimilarityJob, TraceJob, UnitLimits } from './types';
