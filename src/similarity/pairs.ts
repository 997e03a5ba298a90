import { guessLanguage, type Language } from '../text';
import { createSimilarity, type Explanation } from './model';

/** Scores of a batch of clause pairs, in order, and their explanations when asked for. */
export interface PairScores {
  readonly language: Language;
  readonly scores: readonly number[];
  readonly explanations?: readonly Explanation[];
}

/**
 * Scores pairs of clauses, the IDF over the batch; the language is guessed
 * from the texts when not given. Runs where the vectors may load: a worker.
 *
 * @example
 * scorePairs([['border checks', 'frontier controls']], { explain: true }).scores // [1]
 */
export function scorePairs(pairs: ReadonlyArray<readonly [string, string]>, options: { language?: Language; explain?: boolean } = {}): PairScores {
  const texts = pairs.flat();
  const language = options.language ?? guessLanguage(texts.join('\n')).language;
  const sim = createSimilarity(texts, { language });
  const prepared = pairs.map(([a, b]) => [sim.prepare(a), sim.prepare(b)] as const);
  const scores = prepared.map(([a, b]) => Math.round(sim.score(a, b) * 1e4) / 1e4);
  return options.explain ? { language, scores, explanations: prepared.map(([a, b]) => sim.explain(a, b)) } : { language, scores };
}
