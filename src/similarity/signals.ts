import type { IdfTable, PreparedClause } from './prepare';
import type { WordNet } from './wordnet';

export const SIGNAL_NAMES = ['tfidf', 'wordnet', 'dice', 'concepts'] as const;
export type SignalName = (typeof SIGNAL_NAMES)[number];

/**
 * One similarity signal. Every scorer answers in [0, 1], is symmetric, and
 * gives 1 for a clause against itself; `test/similarity/scorer.contract.test.ts`
 * holds all of them to that.
 */
export interface Scorer {
  readonly name: SignalName;
  score(a: PreparedClause, b: PreparedClause): number;
}

/**
 * Cosine of the TF-IDF vectors over folded stems and concepts.
 *
 * @example
 * tfidfScorer.score(prepared('border controls'), prepared('frontier checks')) // 1: both fold to the same terms
 */
export const tfidfScorer: Scorer = {
  name: 'tfidf',
  score(a, b) {
    if (a.norm === 0 || b.norm === 0) return 0;
    // Runs once per candidate pair: keys() and get() allocate nothing, where [term, weight] entries would.
    const small = a.vector.size <= b.vector.size ? a.vector : b.vector;
    const large = small === a.vector ? b.vector : a.vector;
    let dot = 0;
    for (const term of small.keys()) dot += small.get(term)! * (large.get(term) ?? 0);
    const cosine = dot / (a.norm * b.norm);
    // A clause against itself must score exactly 1; floating point leaves it a hair short.
    return cosine > 1 - 1e-9 ? 1 : cosine;
  },
};

/**
 * Character-bigram Dice of the texts without white space: exactly
 * string-similarity's `compareTwoStrings` (the tests hold it to that), but
 * from bigram profiles built once per clause. The package rebuilds both
 * profiles on every call (~17 µs), which made Dice most of the cost of
 * rescoring a short-list.
 */
export const diceScorer: Scorer = {
  name: 'dice',
  score(a, b) {
    const x = bigramProfile(a);
    const y = bigramProfile(b);
    if (x.compact === y.compact) return 1;
    if (x.compact.length < 2 || y.compact.length < 2) return 0;
    const [small, large] = x.bigrams.size <= y.bigrams.size ? [x.bigrams, y.bigrams] : [y.bigrams, x.bigrams];
    let shared = 0;
    for (const [bigram, count] of small) shared += Math.min(count, large.get(bigram) ?? 0);
    return (2 * shared) / (x.compact.length + y.compact.length - 2);
  },
};

const profiles = new WeakMap<PreparedClause, { compact: string; bigrams: Map<string, number> }>();

function bigramProfile(clause: PreparedClause): { compact: string; bigrams: Map<string, number> } {
  let profile = profiles.get(clause);
  if (!profile) {
    const compact = clause.text.replace(/\s+/g, '');
    const bigrams = new Map<string, number>();
    for (let i = 0; i < compact.length - 1; i += 1) {
      const bigram = compact.substring(i, i + 2);
      bigrams.set(bigram, (bigrams.get(bigram) ?? 0) + 1);
    }
    profile = { compact, bigrams };
    profiles.set(clause, profile);
  }
  return profile;
}

/** Jaccard overlap of the lexicon concepts both clauses name (Frontex, JIT, PNR …); 0 when either names none. */
export const conceptScorer: Scorer = {
  name: 'concepts',
  score(a, b) {
    if (a.concepts.size === 0 || b.concepts.size === 0) return 0;
    let shared = 0;
    for (const concept of a.concepts) if (b.concepts.has(concept)) shared += 1;
    return shared / (a.concepts.size + b.concepts.size - shared);
  },
};

/** A pair of words that matched through WordNet rather than by stem: the explanation of a paraphrase. */
export type WordPair = readonly [string, string];

/**
 * Soft word overlap: each content word of one clause finds its best match in
 * the other (same term = 1, shared WordNet synset = 1, else 0), weighted by
 * IDF; the two directions are combined by their harmonic mean. Without a
 * WordNet (languages other than English) it is an IDF-weighted term overlap.
 *
 * @example
 * wordnetScorer(idf, sharedWordNet()).score(prepared('the checks'), prepared('the controls')) // 1
 */
export interface SoftOverlapScorer extends Scorer {
  /** WordNet pairs that matched, for explanations. */
  matches(a: PreparedClause, b: PreparedClause): WordPair[];
  /** How much of `a` (IDF-weighted) `b` covers: 1 when everything `a` says is in `b`. Not symmetric. */
  coverage(a: PreparedClause, b: PreparedClause): number;
}

export function wordnetScorer(idf: IdfTable, wordnet: WordNet | undefined): SoftOverlapScorer {
  // Each clause's synsets and term weights are gathered once; a pair then costs one set lookup per synset, not word × word.
  interface ClauseFacts {
    perWord: ReadonlySet<number>[];
    all: ReadonlyMap<number, number>;
    weights: number[];
    total: number;
  }
  const factsOf = new WeakMap<PreparedClause, ClauseFacts>();
  const facts = (clause: PreparedClause): ClauseFacts => {
    let found = factsOf.get(clause);
    if (!found) {
      const perWord = clause.surfaces.map((surface) => wordnet?.synsets(surface) ?? new Set<number>());
      const all = new Map<number, number>();
      perWord.forEach((ids, i) => ids.forEach((id) => all.has(id) || all.set(id, i)));
      const weights = clause.terms.map((term) => idf.idf(term));
      found = { perWord, all, weights, total: weights.reduce((sum, w) => sum + w, 0) };
      factsOf.set(clause, found);
    }
    return found;
  };
  const side = (a: PreparedClause, b: PreparedClause, found?: WordPair[]): number => {
    const { perWord, weights, total } = facts(a);
    if (total === 0) return 0;
    const theirs = facts(b).all;
    let matched = 0;
    for (let i = 0; i < a.terms.length; i += 1) {
      const weight = weights[i]!;
      if (b.vector.has(a.terms[i]!)) {
        matched += weight;
        continue;
      }
      for (const id of perWord[i]!) {
        const partner = theirs.get(id);
        if (partner === undefined) continue;
        matched += weight;
        found?.push([a.surfaces[i] as string, b.surfaces[partner] as string]);
        break;
      }
    }
    return matched / total;
  };
  return {
    name: 'wordnet',
    score(a, b) {
      const forward = side(a, b);
      const backward = side(b, a);
      return forward + backward === 0 ? 0 : (2 * forward * backward) / (forward + backward);
    },
    coverage: (a, b) => side(a, b),
    matches(a, b) {
      const found: WordPair[] = [];
      side(a, b, found);
      return found;
    },
  };
}
