/**
 * The routes from a pledge to target clauses beside the aligner's
 * short-lists, over the clauses' content terms: the rare words a pledge shares
 * with a clause. (topic-similarity.ts reads the same terms with their neighbours.)
 */
import { topK } from '../align/candidates';
import { analyse, compileLexicon, DEFAULT_LEXICON } from '../similarity/lexicon';
import type { Language, Unit } from '../text';

/**
 * Content terms of every clause as numbers of one vocabulary per comparison, and how rare each term is across both
 * documents. Numbers, not strings: every later step (retrieval, topics, the evidence features) reads tens of thousands
 * of clauses' terms, and an array lookup by number costs a fraction of a string-keyed Map's.
 */
export interface TermIndex {
  /** Each clause's distinct terms, in the order first met in it: every sum over them runs in that order. */
  readonly source: ReadonlyMap<number, Int32Array>;
  readonly target: ReadonlyMap<number, Int32Array>;
  /** Each clause's phrases (phrasesOf), numbered in the same vocabulary but kept apart from its terms: the evidence's share of a pledge's terms a clause covers is unchanged. */
  readonly phrases: { readonly source: ReadonlyMap<number, Int32Array>; readonly target: ReadonlyMap<number, Int32Array> };
  /**
   * The terms of the section heading each target clause stands under (sections.ts), where it has one. The target's only:
   * a later statement files short reports under a heading that names their subject ("Sharing Information": "Launching
   * a platform …"), where a pledge, a sentence meant to stand alone, names its own; and the crossheads of a news report
   * ("Terrorism networks 'thwarted'") are no subject at all.
   */
  readonly sections?: ReadonlyMap<number, Int32Array>;
  /** IDF by term number; its length is the vocabulary's size. */
  readonly idf: Float64Array;
  readonly maxIdf: number;
}

/**
 * Smoothing of the IDF: as if this many more clauses held none of the terms. In long documents it changes nothing; in
 * a two-line request it keeps a shared word meaningful, where raw IDF would call every word of both lines common.
 */
const IDF_SMOOTHING = 10;
const NO_TERMS = new Int32Array(0);

export function termIndex(
  source: readonly Unit[],
  target: readonly Unit[],
  languages: { source: Language; target: Language },
  prepared?: (side: 'source' | 'target', unit: number) => readonly string[] | undefined,
  targetHeadings?: ReadonlyMap<number, string>,
  pledges?: ReadonlySet<number>,
): TermIndex {
  const vocabulary = new Map<string, number>();
  const df: number[] = [];
  // The clause that last named each term, as a term and as a phrase: either kind is kept, and counted, once a clause.
  const lastAsTerm: number[] = [];
  const lastAsPhrase: number[] = [];
  let clause = 0;
  const idOf = (term: string): number => {
    let id = vocabulary.get(term);
    if (id === undefined) {
      vocabulary.set(term, (id = df.length));
      df.push(0);
      lastAsTerm.push(0);
      lastAsPhrase.push(0);
    }
    return id;
  };
  // The similarity's own analysis — stems without stop words, synonyms and lexicon concepts folded ("checks" meets
  // "controls") — as the aligner prepared it; a clause it did not prepare is analysed here.
  const analyser = (side: 'source' | 'target', language: Language) => {
    let lexicon: ReturnType<typeof compileLexicon> | undefined;
    return (u: Unit): readonly string[] =>
      (prepared?.(side, u.index) ?? analyse(u.text, (lexicon ??= compileLexicon(DEFAULT_LEXICON, language))).terms).filter((term) => term.length > 1);
  };
  // Phrases serve only to retrieve from pledges: given the pledges, only theirs are numbered and counted (every
  // clause's phrases would be hundreds of thousands of strings held for nothing in long documents).
  const sourceTerms = analyser('source', languages.source);
  const pledgeTerms = new Map(source.filter((u) => pledges?.has(u.index)).map((u) => [u.index, sourceTerms(u)]));
  // The pledges' phrases by their first term: a clause's pair of terms that starts no wanted phrase is never joined into a
  // string (at 20k clauses a side, most of a million pairs).
  const wanted = pledges && wantedPhrases(pledgeTerms.values());
  const termsOf = (units: readonly Unit[], analysed: (u: Unit) => readonly string[]) => {
    // Every clause's terms in one array and its phrases in another, each clause a view of its stretch: no buffer of
    // its own per clause.
    const ids: number[] = [];
    const ends: number[] = [];
    const phraseIds: number[] = [];
    const phraseEnds: number[] = [];
    const note = (id: number, last: number[], into: number[]): void => {
      if (last[id] === clause) return;
      last[id] = clause;
      df[id] = df[id]! + 1;
      into.push(id);
    };
    for (const u of units) {
      clause += 1;
      const terms = analysed(u);
      for (const term of terms) note(idOf(term), lastAsTerm, ids);
      eachPhrase(terms, (first, second) => {
        if (!wanted || wanted.get(first)?.has(second)) note(idOf(`${first} ${second}`), lastAsPhrase, phraseIds);
      });
      ends.push(ids.length);
      phraseEnds.push(phraseIds.length);
    }
    const views = (packed: Int32Array, at: readonly number[]) =>
      new Map(units.map((u, i): [number, Int32Array] => [u.index, packed.subarray(at[i - 1] ?? 0, at[i])]));
    return { terms: views(Int32Array.from(ids), ends), phrases: views(Int32Array.from(phraseIds), phraseEnds) };
  };
  const s = termsOf(source, (u) => pledgeTerms.get(u.index) ?? sourceTerms(u));
  const t = termsOf(target, analyser('target', languages.target));
  // A heading's words that no clause holds are numbered too, rarest of all, before the IDF is fixed.
  const sections = targetHeadings && sectionTerms(targetHeadings, languages.target, idOf);
  const n = s.terms.size + t.terms.size + IDF_SMOOTHING;
  return {
    source: s.terms,
    target: t.terms,
    phrases: { source: s.phrases, target: t.phrases },
    ...(sections ? { sections } : {}),
    idf: Float64Array.from(df, (count) => Math.log(n / (count + 1))),
    maxIdf: Math.log(n),
  };
}

/**
 * A term in more than this share of the target's clauses, or in more than this many, is the documents' common
 * vocabulary: it retrieves nothing. The count bounds the work per pledge, so retrieval stays linear in the documents.
 */
const MAX_RETRIEVING_SHARE = 0.08;
const MAX_RETRIEVING_CLAUSES = 150;
/** How many target clauses each pledge retrieves by the rare words it shares with them. */
export const RETRIEVED_PER_PLEDGE = 5;

/**
 * The target clauses that share a pledge's rarest words — a second route to
 * its counterpart, beside the aligner's short-lists, which rank by whole-clause
 * similarity and miss a short report that names only the pledge's subject.
 * Each pledge looks only at the posting lists of its rare terms, so the cost
 * stays near linear. Returns pairs without a score; the caller scores them.
 */
export function retrieveByTerms(pledges: ReadonlySet<number>, terms: TermIndex): Array<{ source: number; target: number }> {
  // Posting lists packed end to end (each term's targets in clause order), found by each term's start.
  const vocabulary = terms.idf.length;
  const starts = new Int32Array(vocabulary + 1);
  let lastTarget = -1;
  const phrasesOfTarget = (target: number): Int32Array => terms.phrases.target.get(target) ?? NO_TERMS;
  for (const [target, ids] of terms.target) {
    if (target > lastTarget) lastTarget = target;
    for (const id of ids) starts[id + 1] = starts[id + 1]! + 1;
    for (const id of phrasesOfTarget(target)) starts[id + 1] = starts[id + 1]! + 1;
  }
  for (let id = 0; id < vocabulary; id += 1) starts[id + 1] = starts[id + 1]! + starts[id]!;
  const posted = new Int32Array(starts[vocabulary]!);
  const filled = starts.slice(0, vocabulary);
  for (const [target, ids] of terms.target) {
    for (const id of ids) posted[filled[id]!++] = target;
    for (const id of phrasesOfTarget(target)) posted[filled[id]!++] = target;
  }
  // Each term's IDF squared, once per term rather than once per pledge that names it; 0 for a term too common to retrieve.
  const cap = Math.min(MAX_RETRIEVING_CLAUSES, Math.max(3, MAX_RETRIEVING_SHARE * terms.target.size));
  const termWeight = new Float64Array(vocabulary);
  for (let id = 0; id < vocabulary; id += 1) {
    if (starts[id + 1]! - starts[id]! > cap) continue;
    termWeight[id] = terms.idf[id]! * terms.idf[id]!;
  }
  // Weights by target, and the targets touched, reused from pledge to pledge: no Map and no sort of all of them.
  const weight = new Float64Array(lastTarget + 1);
  const touched = new Int32Array(lastTarget + 1);
  const best = new Int32Array(RETRIEVED_PER_PLEDGE);
  const out: Array<{ source: number; target: number }> = [];
  for (const source of pledges) {
    let count = 0;
    const take = (ids: Int32Array): void => {
      for (const id of ids) {
        const [from, to] = [starts[id]!, starts[id + 1]!];
        if (to - from > cap) continue;
        for (let i = from; i < to; i += 1) {
          const target = posted[i]!;
          if (weight[target] === 0) touched[count++] = target;
          weight[target] = weight[target]! + termWeight[id]!;
        }
      }
    };
    take(terms.source.get(source) ?? NO_TERMS);
    take(terms.phrases.source.get(source) ?? NO_TERMS);
    const found = topK(touched, count, weight, best);
    for (let i = 0; i < found; i += 1) out.push({ source, target: best[i]! });
    for (let i = 0; i < count; i += 1) weight[touched[i]!] = 0;
  }
  return out;
}

/**
 * A clause's phrases: each two of its terms that stand next to each other once stop words are gone ("early learning
 * and childcare" holds "earli learn" and "learn childcar"). A named instrument or a term of art ("Action Plan on Opioids", "investment
 * screening", "virtual asset service providers") is a phrase, and a later text that takes up the same pledge names it
 * again however it rewords the rest; two clauses that share only its words one by one may be on different subjects.
 * A phrase is rarer than its words, so it retrieves where each word alone is too common to (a continuation that keeps
 * the subject's name and rewords the rest).
 */
export function phrasesOf(terms: readonly string[]): Set<string> {
  const out = new Set<string>();
  eachPhrase(terms, (first, second) => out.add(`${first} ${second}`));
  return out;
}

/** Each phrase of a clause (see phrasesOf) as its two terms, in order, repeats included: no string is made for it. */
function eachPhrase(terms: readonly string[], visit: (first: string, second: string) => void): void {
  for (let i = 1; i < terms.length; i += 1) if (terms[i - 1] !== terms[i]) visit(terms[i - 1]!, terms[i]!);
}

/** Second terms of the phrases (phrasesOf) of these clauses, by their first term. */
function wantedPhrases(clauses: Iterable<readonly string[]>): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const terms of clauses) {
    eachPhrase(terms, (first, second) => {
      const seconds = out.get(first);
      if (seconds) seconds.add(second);
      else out.set(first, new Set([second]));
    });
  }
  return out;
}

/** Each clause's heading as distinct terms, each heading analysed once however many clauses stand under it. */
function sectionTerms(headings: ReadonlyMap<number, string>, language: Language, idOf: (term: string) => number): Map<number, Int32Array> {
  if (headings.size === 0) return new Map();
  const lexicon = compileLexicon(DEFAULT_LEXICON, language);
  const byText = new Map<string, Int32Array>();
  const termsOf = (text: string): Int32Array =>
    byText.get(text) ?? byText.set(text, Int32Array.from(new Set(analyse(text, lexicon).terms.filter((x) => x.length > 1)), idOf)).get(text)!;
  return new Map([...headings].map(([unit, text]) => [unit, termsOf(text)]));
}
