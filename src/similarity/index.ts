export {
  createSimilarity,
  DEFAULT_MODEL,
  MODEL_FEATURES,
  scoreFeatures,
  type Explanation,
  type LinearModel,
  type ModelFeature,
  type Similarity,
} from './model';
export { compileLexicon, DEFAULT_LEXICON, extendLexicon, type Lexicon } from './lexicon';
export { SIGNAL_NAMES, type SignalName, type Scorer } from './signals';
export type { PreparedClause } from './prepare';
export { scorePairs, type PairScores } from './pairs';
