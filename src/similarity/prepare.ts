import { analyse, type Analysis, type CompiledLexicon } from './lexicon';
import type { Word } from './tokens';

/** A clause analysed once, so that scoring it against many others costs only the comparison. */
export interface PreparedClause {
  readonly text: string;
  /** Content terms (folded stems) with the word each came from, for synonym lookups. */
  readonly terms: readonly string[];
  readonly surfaces: readonly string[];
  /** Words folded onto a synonym ("controls" → "check"), for explanations. */
  readonly folded: ReadonlyMap<string, string>;
  readonly concepts: ReadonlySet<string>;
  /** Term → weight (tf × idf), and its Euclidean norm. */
  readonly vector: ReadonlyMap<string, number>;
  readonly norm: number;
  /**
   * The vector again as the IDF table's term ids, for scoring many pairs:
   * `ids`/`weights` in the vector's order, `sortedIds`/`sortedWeights` by id for
   * lookups, `termIds` one per term of `terms`. Ids compare only between
   * clauses prepared against the same table.
   */
  readonly ids: Int32Array;
  readonly weights: Float64Array;
  readonly sortedIds: Int32Array;
  readonly sortedWeights: Float64Array;
  readonly termIds: Int32Array;
  readonly numbers: ReadonlySet<string>;
  readonly negated: boolean;
  /** Words of any kind, stop words included: the length the features see. */
  readonly length: number;
  /** The clause's words as written (see `Analysis.words`). */
  readonly words: readonly Word[];
  /** The text without white space: what Dice compares, by its character bigrams. */
  readonly compact: string;
  /**
   * What `make` derives from this clause for `owner` (a scorer), made on first
   * use and kept while at most one other owner asks: scoring reads it once per
   * pair, and a field is cheaper to reach than a WeakMap entry.
   */
  memo<T>(owner: object, make: (clause: PreparedClause) => T): T;
}

/** Document frequencies over the clauses being compared: what makes a shared word telling. */
export interface IdfTable {
  idf(term: string): number;
  /** A small integer standing for the term in this table; terms the table never saw get one on first use. */
  id(term: string): number;
  /** `idf` of the term with this id. */
  idfOf(id: number): number;
}

// "won't", "don’t" end in n't after a letter, so no \b before it; "No 1052/2013" is a number, not a negation.
// "No Money For Terror" is a conference's name, not a negation: a capital "No" heading a run of capitalised words.
const TITLE_WITH_NO = /\bNo(?:\s+\p{Lu}[\p{L}’']*)+/gu;
const NEGATION =
  /\b(?:not|no(?!\.?\s*\d)|never|none|nothing|neither|nor|without|cannot|ne|pas|jamais|aucun|niet|geen|nooit|nicht|kein|keine|niemals)\b|n[’']t\b/iu;
const NUMBER = /\p{N}+(?:[.,]\p{N}+)*/gu;

/**
 * Builds the IDF table of a set of clauses (smoothed, so an unseen term gets the highest weight).
 *
 * @example
 * const idf = idfTable([analysis1.terms, analysis2.terms]);
 */
export function idfTable(documents: Iterable<Iterable<string>>): IdfTable {
  const df = new Map<string, number>();
  let n = 0;
  for (const terms of documents) {
    n += 1;
    for (const term of new Set(terms)) df.set(term, (df.get(term) ?? 0) + 1);
  }
  const idf = (term: string): number => Math.log((n + 1) / ((df.get(term) ?? 0) + 1)) + 1;
  const ids = new Map<string, number>();
  // By id, computed once: the same number idf(term) gives, without a lookup and a logarithm per use.
  const byId: number[] = [];
  return {
    idf,
    id(term) {
      let id = ids.get(term);
      if (id === undefined) {
        ids.set(term, (id = ids.size));
        byId.push(idf(term));
      }
      return id;
    },
    idfOf: (id) => byId[id]!,
  };
}

/**
 * Where the term id is in a clause's `sortedIds`, or −1.
 *
 * @example
 * positionOf(clause, idf.id('border')) >= 0 // the clause says "border"
 */
export function positionOf(clause: PreparedClause, id: number): number {
  const ids = clause.sortedIds;
  let low = 0;
  let high = ids.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const at = ids[mid]!;
    if (at < id) low = mid + 1;
    else if (at > id) high = mid - 1;
    else return mid;
  }
  return -1;
}

/** The terms a clause contributes to an IDF table. */
export function idfTerms(text: string, lexicon: CompiledLexicon): readonly string[] {
  return analyse(text, lexicon).terms;
}

/**
 * Small typed arrays cut from shared blocks. A typed array over 64 bytes gets
 * an off-heap buffer of its own, which costs about a microsecond to make and
 * adds to garbage collection, and each clause needs several. Views are never
 * reused (they start zeroed); a block lives as long as any clause cut from it.
 */
class Slab<T extends Int32Array | Uint32Array | Float32Array | Float64Array> {
  private block: T;
  private used = 0;

  constructor(
    private readonly make: (length: number) => T,
    private readonly size: number,
  ) {
    this.block = make(size);
  }

  /**
   * @example
   * const ids = int32s.take(3); // Int32Array [0, 0, 0]
   */
  take(length: number): T {
    if (length > this.size >> 4) return this.make(length);
    if (this.used + length > this.size) {
      this.block = this.make(this.size);
      this.used = 0;
    }
    this.used += length;
    return this.block.subarray(this.used - length, this.used) as T;
  }
}

export const int32s = new Slab((n) => new Int32Array(n), 1 << 14);
export const float64s = new Slab((n) => new Float64Array(n), 1 << 13);
export const float32s = new Slab((n) => new Float32Array(n), 1 << 14);

// A clause's distinct terms and their summed weights while they are counted; reused from clause to clause.
let unique = new Int32Array(64);
let summed = new Float64Array(64);

/**
 * @example
 * const lexicon = compileLexicon(DEFAULT_LEXICON, 'en');
 * const texts = ['systematic border controls', 'frontier checks'];
 * const idf = idfTable(texts.map((t) => idfTerms(t, lexicon)));
 * const [a, b] = texts.map((t) => prepareClause(t, lexicon, idf));
 */
export function prepareClause(text: string, lexicon: CompiledLexicon, idf: IdfTable, analysis: Analysis = analyse(text, lexicon)): PreparedClause {
  const termIds = int32s.take(analysis.terms.length);
  for (let i = 0; i < termIds.length; i += 1) termIds[i] = idf.id(analysis.terms[i]!);
  // Each distinct term's weight is its idf added once per occurrence, in first-occurrence order, as a Map<term, weight> built it.
  if (unique.length < termIds.length) {
    unique = new Int32Array(2 * termIds.length);
    summed = new Float64Array(2 * termIds.length);
  }
  let size = 0;
  for (let i = 0; i < termIds.length; i += 1) {
    const id = termIds[i]!;
    let at = 0;
    while (at < size && unique[at] !== id) at += 1;
    if (at === size) {
      unique[size] = id;
      summed[size++] = 0;
    }
    summed[at] = summed[at]! + idf.idfOf(id);
  }
  const ids = int32s.take(size);
  const weights = float64s.take(size);
  const sortedIds = int32s.take(size);
  const sortedWeights = float64s.take(size);
  let squares = 0;
  for (let i = 0; i < size; i += 1) {
    ids[i] = sortedIds[i] = unique[i]!;
    weights[i] = sortedWeights[i] = summed[i]!;
    squares += summed[i]! * summed[i]!;
  }
  for (let i = 1; i < size; i += 1) {
    const id = sortedIds[i]!;
    const weight = sortedWeights[i]!;
    let j = i - 1;
    for (; j >= 0 && sortedIds[j]! > id; j -= 1) {
      sortedIds[j + 1] = sortedIds[j]!;
      sortedWeights[j + 1] = sortedWeights[j]!;
    }
    sortedIds[j + 1] = id;
    sortedWeights[j + 1] = weight;
  }
  return new Prepared(text, analysis, idf, termIds, Math.sqrt(squares), ids, weights, sortedIds, sortedWeights);
}

/** A class, not a literal: the lazy `vector` sits on the prototype, so clauses keep fast properties. */
class Prepared implements PreparedClause {
  readonly terms: readonly string[];
  readonly surfaces: readonly string[];
  readonly folded: ReadonlyMap<string, string>;
  readonly concepts: ReadonlySet<string>;
  readonly numbers: ReadonlySet<string>;
  readonly negated: boolean;
  readonly length: number;
  readonly words: readonly Word[];
  private map: Map<string, number> | undefined;
  private compactText: string | undefined;
  private memoOwner: object | undefined;
  private memoValue: unknown;
  private memoOwner2: object | undefined;
  private memoValue2: unknown;

  constructor(
    readonly text: string,
    analysis: Analysis,
    private readonly idf: IdfTable,
    readonly termIds: Int32Array,
    readonly norm: number,
    readonly ids: Int32Array,
    readonly weights: Float64Array,
    readonly sortedIds: Int32Array,
    readonly sortedWeights: Float64Array,
  ) {
    this.terms = analysis.terms;
    this.surfaces = analysis.surfaces;
    this.folded = analysis.folded;
    this.concepts = analysis.concepts;
    this.numbers = new Set(text.match(NUMBER) ?? []);
    this.negated = NEGATION.test(text.replace(TITLE_WITH_NO, ''));
    this.words = analysis.words;
    // The bare words (BARE_WORD) of the text, counted from its words: each bare word is one run of one of them.
    let length = 0;
    for (let i = 0; i < this.words.length; i += 1) length += this.words[i]!.runs;
    this.length = length;
    this.map = undefined;
    this.compactText = undefined;
    this.memoOwner = undefined;
    this.memoValue = undefined;
    this.memoOwner2 = undefined;
    this.memoValue2 = undefined;
  }

  get compact(): string {
    return (this.compactText ??= this.text.replace(/\s+/g, ''));
  }

  memo<T>(owner: object, make: (clause: PreparedClause) => T): T {
    if (this.memoOwner === owner) return this.memoValue as T;
    if (this.memoOwner2 === owner) return this.memoValue2 as T;
    // Two slots, the older one moved down: the soft-overlap and vector scorers read a clause in turn.
    this.memoOwner2 = this.memoOwner;
    this.memoValue2 = this.memoValue;
    this.memoValue = make(this);
    this.memoOwner = owner;
    return this.memoValue as T;
  }

  /** Only tests and callers outside the scorers read the Map: built on first use. */
  get vector(): ReadonlyMap<string, number> {
    if (!this.map) {
      const vector = new Map<string, number>();
      for (let i = 0; i < this.terms.length; i += 1) vector.set(this.terms[i]!, (vector.get(this.terms[i]!) ?? 0) + this.idf.idfOf(this.termIds[i]!));
      this.map = vector;
    }
    return this.map;
  }
}
