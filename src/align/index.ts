export {
  alignDocuments,
  alignWithOrder,
  ALIGN_STAGES,
  DEFAULT_THRESHOLDS,
  EQUIVALENT_AT,
  type AlignableDocument,
  type AlignContext,
  type AlignStage,
  type PairScorer,
} from './align';
export { ORDERS, type Order, type OrderDecision } from './order';
export {
  alignSegmented,
  alignTexts,
  segmentInput,
  type Alignment,
  type AlignedDocument,
  type AlignTextsOptions,
  type DatedDocument,
  type DocumentInput,
} from './documents';
export * from './types';
