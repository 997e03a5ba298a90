import { analyse, type Analysis, type CompiledLexicon } from './lexicon';

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
  readonly numbers: ReadonlySet<string>;
  readonly negated: boolean;
  /** Words of any kind, stop words included: the length the features see. */
  readonly length: number;
}

/** Document frequencies over the clauses being compared: what makes a shared word telling. */
export interface IdfTable {
  idf(term: string): number;
}

// "won't", "don’t" end in n't after a letter, so no \b before it; "No 1052/2013" is a number, not a negation.
const NEGATION =
  /\b(?:not|no(?!\.?\s*\d)|never|none|nothing|neither|nor|without|cannot|ne|pas|jamais|aucun|niet|geen|nooit|nicht|kein|keine|niemals)\b|n[’']t\b/iu;
const NUMBER = /\p{N}+(?:[.,]\p{N}+)*/gu;
const WORD = /[\p{L}\p{N}]+/gu;

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
  return { idf: (term) => Math.log((n + 1) / ((df.get(term) ?? 0) + 1)) + 1 };
}

/** The terms a clause contributes to an IDF table. */
export function idfTerms(text: string, lexicon: CompiledLexicon): readonly string[] {
  return analyse(text, lexicon).terms;
}

/**
 * @example
 * const lexicon = compileLexicon(DEFAULT_LEXICON, 'en');
 * const texts = ['systematic border controls', 'frontier checks'];
 * const idf = idfTable(texts.map((t) => idfTerms(t, lexicon)));
 * const [a, b] = texts.map((t) => prepareClause(t, lexicon, idf));
 */
export function prepareClause(
  text: string,
  lexicon: CompiledLexicon,
  idf: IdfTable,
  analysis: Analysis = analyse(text, lexicon),
): PreparedClause {
  const vector = new Map<string, number>();
  for (const term of analysis.terms) {
    vector.set(term, (vector.get(term) ?? 0) + idf.idf(term));
  }
  let squares = 0;
  for (const weight of vector.values()) squares += weight * weight;
  return {
    text,
    terms: analysis.terms,
    surfaces: analysis.surfaces,
    folded: analysis.folded,
    concepts: analysis.concepts,
    vector,
    norm: Math.sqrt(squares),
    numbers: new Set(text.match(NUMBER) ?? []),
    negated: NEGATION.test(text),
    length: text.match(WORD)?.length ?? 0,
  };
}

