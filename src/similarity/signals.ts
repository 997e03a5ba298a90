import { float64s, int32s, positionOf, type IdfTable, type PreparedClause } from './prepare';
import type { WordNet } from './wordnet';

export const SIGNAL_NAMES = ['tfidf', 'wordnet', 'dice', 'vectors', 'chars', 'concepts'] as const;
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
    // The products are summed in the smaller clause's own term order, as they always were: the same sum to the last bit.
    const small = a.ids.length <= b.ids.length ? a : b;
    const large = small === a ? b : a;
    let dot = 0;
    for (let i = 0; i < small.ids.length; i += 1) {
      const at = positionOf(large, small.ids[i]!);
      if (at >= 0) dot += small.weights[i]! * large.sortedWeights[at]!;
    }
    const cosine = dot / (a.norm * b.norm);
    // A clause against itself must score exactly 1; floating point leaves it a hair short.
    return cosine > 1 - 1e-9 ? 1 : cosine;
  },
};

/**
 * Character-bigram Dice of the texts without white space: exactly
 * string-similarity's `compareTwoStrings` (the tests hold it to that), but
 * counted in a table reused from pair to pair. The package rebuilds both
 * profiles on every call (~17 µs), which made Dice most of the cost of
 * rescoring a short-list; sorting each clause's bigrams once, as it did before, cost most
 * of explaining the links, where each clause is compared about once.
 */
export const diceScorer: Scorer = {
  name: 'dice',
  score(a, b) {
    if (a.compact === b.compact) return 1;
    if (a.compact.length < 2 || b.compact.length < 2) return 0;
    return (2 * sharedBigrams(a.compact, b.compact)) / (a.compact.length + b.compact.length - 2);
  },
};

// An open-addressing table of one text's bigrams and their counts; a slot belongs to the current pair when its stamp is.
let bigramKeys = new Uint32Array(1024);
let bigramCounts = new Int32Array(1024);
let bigramStamps = new Int32Array(1024);
let bigramStamp = 0;

/** How many bigrams (two UTF-16 units) the texts share, each counted as often as both have it: the multisets' overlap. */
function sharedBigrams(p: string, q: string): number {
  if (bigramKeys.length < 2 * p.length || bigramStamp === 0x7fffffff) {
    const size = 2 ** Math.ceil(Math.log2(Math.max(1024, 2 * p.length)));
    bigramKeys = new Uint32Array(size);
    bigramCounts = new Int32Array(size);
    bigramStamps = new Int32Array(size);
    bigramStamp = 0;
  }
  const stamp = (bigramStamp += 1);
  const shift = 32 - Math.log2(bigramKeys.length);
  const mask = bigramKeys.length - 1;
  for (let i = 0; i + 1 < p.length; i += 1) {
    const key = p.charCodeAt(i) * 0x10000 + p.charCodeAt(i + 1);
    let at = Math.imul(key, 0x9e3779b1) >>> shift;
    while (bigramStamps[at] === stamp && bigramKeys[at] !== key) at = (at + 1) & mask;
    if (bigramStamps[at] === stamp) bigramCounts[at]! += 1;
    else {
      bigramStamps[at] = stamp;
      bigramKeys[at] = key;
      bigramCounts[at] = 1;
    }
  }
  let shared = 0;
  for (let j = 0; j + 1 < q.length; j += 1) {
    const key = q.charCodeAt(j) * 0x10000 + q.charCodeAt(j + 1);
    let at = Math.imul(key, 0x9e3779b1) >>> shift;
    while (bigramStamps[at] === stamp && bigramKeys[at] !== key) at = (at + 1) & mask;
    if (bigramStamps[at] === stamp && bigramCounts[at]! > 0) {
      bigramCounts[at]! -= 1;
      shared += 1;
    }
  }
  return shared;
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

const BLOOM_WORDS = 32;
/** One of the filter's 1,024 bits for a synset id (Fibonacci hashing). */
const bloomBit = (id: number): number => Math.imul(id, 0x9e3779b1) >>> 22;

/** The first word of the clause that has the synset, or −1: the partner a synonym match names. */
function firstWordWith(facts: { synsets: Int32Array; from: Int32Array }, id: number): number {
  const at = facts.synsets.indexOf(id);
  if (at < 0) return -1;
  let word = 0;
  while (facts.from[word + 1]! <= at) word += 1;
  return word;
}

const NO_SYNSETS = new Int32Array(0);
/** Bounds each WordNet's table of surfaces, as the WordNet bounds its own cache. */
const MAX_CACHED_SURFACES = 200_000;
const SYNSET_TABLES = new WeakMap<WordNet, Map<string, Int32Array>>();

/**
 * A surface's synsets as an array, kept for the WordNet's lifetime rather than one similarity's: every comparison
 * meets most of the same words, and building the array from WordNet's Set was most of gathering a clause's synsets.
 */
function synsetTable(wordnet: WordNet): Map<string, Int32Array> {
  let table = SYNSET_TABLES.get(wordnet);
  if (!table) SYNSET_TABLES.set(wordnet, (table = new Map()));
  return table;
}

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
  // Each clause's synsets and term weights are gathered once; a pair then costs a few bit tests per word, not word × word.
  interface ClauseFacts {
    /** The synsets of word i are synsets[from[i]] up to synsets[from[i + 1]], in WordNet's order. */
    synsets: Int32Array;
    from: Int32Array;
    /** A Bloom filter of `synsets`: most synsets of a word are in no word of the other clause, and one bit test says so. */
    bloom: Int32Array;
    weights: Float64Array;
    total: number;
  }
  const wordSynsets = wordnet ? synsetTable(wordnet) : undefined;
  const synsetsOf = (surface: string): Int32Array => {
    if (!wordSynsets) return NO_SYNSETS;
    let ids = wordSynsets.get(surface);
    if (!ids) {
      ids = Int32Array.from(wordnet!.synsets(surface));
      if (wordSynsets.size < MAX_CACHED_SURFACES) wordSynsets.set(surface, ids);
    }
    return ids;
  };
  const owner = {};
  // Each word's synsets, looked up once per clause and read twice (to size the clause's list, then to fill it).
  const lists: Int32Array[] = [];
  const make = (clause: PreparedClause): ClauseFacts => {
    const words = clause.surfaces.length;
    const from = int32s.take(words + 1);
    for (let i = 0; i < words; i += 1) {
      lists[i] = synsetsOf(clause.surfaces[i]!);
      from[i + 1] = from[i]! + lists[i]!.length;
    }
    const synsets = int32s.take(from[words]!);
    const bloom = int32s.take(BLOOM_WORDS);
    for (let i = 0, k = 0; i < words; i += 1) {
      const ids = lists[i]!;
      for (let j = 0; j < ids.length; j += 1, k += 1) {
        const bit = bloomBit((synsets[k] = ids[j]!));
        bloom[bit >>> 5]! |= 1 << (bit & 31);
      }
    }
    const weights = float64s.take(clause.termIds.length);
    let total = 0;
    for (let i = 0; i < weights.length; i += 1) total += weights[i] = idf.idfOf(clause.termIds[i]!);
    return { synsets, from, bloom, weights, total };
  };
  const facts = (clause: PreparedClause): ClauseFacts => clause.memo(owner, make);
  const side = (a: PreparedClause, b: PreparedClause, found?: WordPair[]): number => {
    const { synsets, from, weights, total } = facts(a);
    if (total === 0) return 0;
    const theirs = facts(b);
    let matched = 0;
    for (let i = 0; i < a.termIds.length; i += 1) {
      const weight = weights[i]!;
      if (positionOf(b, a.termIds[i]!) >= 0) {
        matched += weight;
        continue;
      }
      for (let k = from[i]!; k < from[i + 1]!; k += 1) {
        const id = synsets[k]!;
        if ((theirs.bloom[bloomBit(id) >>> 5]! & (1 << (bloomBit(id) & 31))) === 0) continue;
        const partner = firstWordWith(theirs, id);
        if (partner < 0) continue;
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
