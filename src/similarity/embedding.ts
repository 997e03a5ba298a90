import { PHRASE_WORD, words as wordsIn } from '../text/words';
import { float32s, type PreparedClause } from './prepare';
import type { Word } from './tokens';
import type { Scorer } from './signals';
import type { WordVectors } from './vectors';

/**
 * SIF's smoothing (Arora et al. 2017): a word of probability p weighs
 * a / (a + p), so "the" counts for almost nothing and a rare word fully.
 * 1e-3 is the paper's middle value; cross-validation on STS-B (folds by
 * source) chose it over 1e-4 and 1e-2 (scripts/fit-similarity.ts).
 */
export const SIF_A = 1e-3;

/**
 * Cosine of SIF-weighted averages of word vectors, with the corpus's common
 * direction removed: two clauses that say the same thing in other words
 * ("an in-person summit" / "convened in person") point the same way even with
 * no stem in common. Clamped at 0: opposite directions say no more than
 * unrelated ones. When either clause has no word the table knows (names,
 * acronyms), the vectors cannot see it and `fallback` answers instead.
 *
 * @example
 * const sentence = vectorScorer(sharedVectors()!, tfidfScorer);
 * sentence.score(prepared('reduce substance use disorder'), prepared('address addiction')) // ≈ 0.5
 */
export function vectorScorer(vectors: WordVectors, fallback: Scorer, a = SIF_A): Scorer {
  const dims = vectors.dims;
  const owner = {};
  const weights = new Map<number, number>();
  const weightOf = (row: number): number => {
    let w = weights.get(row);
    if (w === undefined) weights.set(row, (w = a / (a + vectors.probability(row))));
    return w;
  };
  // Each spelling's rows and weights are kept on its Word (see tokens.ts), made once for this table and smoothing:
  // a clause then costs no pass over its text and no lookup per word, and the rows are added in the same order as before.
  const rowsOf = (word: Word): WordRows => {
    const kept = word.derived as WordRows | undefined;
    if (word.derivedFor === vectors && kept?.a === a) return kept;
    const rows: number[] = [];
    // The words the vectors read (PHRASE_WORD) are the scorers' words (TERM_WORD) parted at their slashes.
    for (const part of word.spelling.split('/')) wordRows(vectors, lookupForm(part), rows);
    const made = { a, rows, weights: rows.map(weightOf) };
    word.derivedFor = vectors;
    word.derived = made;
    return made;
  };
  const make = (clause: PreparedClause): Float32Array => {
    // Cut from a shared block (zeroed, never reused): a vector of its own would cost an off-heap buffer per clause.
    const sentence = float32s.take(dims);
    for (const word of clause.words) {
      const { rows, weights: rowWeights } = rowsOf(word);
      for (let i = 0; i < rows.length; i += 1) vectors.addTo(sentence, rows[i]!, rowWeights[i]!);
    }
    removeAndNormalise(sentence, vectors.common);
    return sentence;
  };
  const embed = (clause: PreparedClause): Float32Array => clause.memo(owner, make);
  return {
    name: 'vectors',
    score(x, y) {
      const p = embed(x);
      const q = embed(y);
      if ((p[0] === 0 && isZero(p)) || (q[0] === 0 && isZero(q))) return fallback.score(x, y);
      let dot = 0;
      for (let d = 0; d < dims; d += 1) dot += p[d]! * q[d]!;
      // A clause against itself must score exactly 1; single precision leaves it a hair short.
      if (dot > 1 - 1e-5) return 1;
      // biome-ignore lint/complexity/useMathMinMax: a NaN must score 0, and Math.max would pass it on
      return dot > 0 ? dot : 0;
    },
  };
}

const isZero = (v: Float32Array): boolean => v.every((x) => x === 0);

/** The rows a word adds to a sentence, with their SIF weights, in the order they are added; `a` is the smoothing they were weighed with. */
interface WordRows {
  readonly a: number;
  readonly rows: readonly number[];
  readonly weights: readonly number[];
}

/** Appends the rows one looked-up word adds: its own, or failing that its hyphenated parts'. */
function wordRows(vectors: WordVectors, word: string, into: number[]): void {
  const row = vectors.row(word);
  if (row >= 0) into.push(row);
  else if (word.includes('-')) {
    // "co-operation", "in-person": a table that lacks the whole may know its parts.
    for (const part of word.split('-')) {
      const at = vectors.row(part);
      if (at >= 0) into.push(at);
    }
  }
}

/** Removes the common direction, scales to unit length. */
function removeAndNormalise(v: Float32Array, common: Float32Array): void {
  let along = 0;
  for (let d = 0; d < v.length; d += 1) along += v[d]! * common[d]!;
  for (let d = 0; d < v.length; d += 1) v[d] = v[d]! - along * common[d]!;
  let norm = 0;
  for (let d = 0; d < v.length; d += 1) norm += v[d]! * v[d]!;
  norm = Math.sqrt(norm);
  if (norm > 0) for (let d = 0; d < v.length; d += 1) v[d] = v[d]! / norm;
}

/** The lower-cased words a vector table is looked up by, possessive "’s" dropped (the tables hold "eu", not "eu’s"). */
export function wordsOf(text: string): string[] {
  const words = wordsIn(text, PHRASE_WORD);
  for (let i = 0; i < words.length; i += 1) words[i] = lookupForm(words[i]!);
  return words;
}

/** A word as written → the form a vector table is looked up by. */
function lookupForm(word: string): string {
  const lower = word.toLowerCase();
  return lower.endsWith('s') && (lower.endsWith("'s") || lower.endsWith('’s')) ? lower.slice(0, -2) : lower;
}
