export { createInlineRunner, createWorkerPool, type JobContext, type JobRunner, type LaneOptions, type PoolOptions } from './pool';
export {
  REPORT_FORMATS,
  type CompareJob,
  type Job,
  type JobLimits,
  type ReportFormat,
  type ReportJob,
  type ResultOf,
  type SimilarityJob,
  type SimilarityResult,
  type SizedComparison,
  type SizedTraces,
  type TraceJob,
} from './types';
export type { PoolStats } from '../workers/pool';
