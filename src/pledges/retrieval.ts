/**
 * The routes from a pledge to target clauses beside the aligner's
 * short-lists, over the clauses' content terms: the rare words a pledge shares
 * with a clause. (topic-similarity.ts reads the same terms with their neighbours.)
 */
import { topK } from '../align/candidates';
import { analyse, compileLexicon, DEFAULT_LEXICON } from '../similarity/lexicon';
import type { Language, Unit } from '../text';

/** Content terms of every clause, and how rare each term is across both documents. */
export interface TermIndex {
  readonly source: ReadonlyMap<number, ReadonlySet<string>>;
  readonly target: ReadonlyMap<number, ReadonlySet<string>>;
  idf(term: string): number;
  readonly maxIdf: number;
}

/**
 * Smoothing of the IDF: as if this many more clauses held none of the terms. In long documents it changes nothing; in
 * a two-line request it keeps a shared word meaningful, where raw IDF would call every word of both lines common.
 */
const IDF_SMOOTHING = 10;

export function termIndex(
  source: readonly Unit[],
  target: readonly Unit[],
  languages: { source: Language; target: Language },
  prepared?: (side: 'source' | 'target', unit: number) => readonly string[] | undefined,
): TermIndex {
  // The similarity's own analysis — stems without stop words, synonyms and lexicon concepts folded ("checks" meets
  // "controls") — as the aligner prepared it; a clause it did not prepare is analysed here.
  const termsOf = (side: 'source' | 'target', units: readonly Unit[], language: Language): Map<number, ReadonlySet<string>> => {
    let lexicon: ReturnType<typeof compileLexicon> | undefined;
    const analysed = (u: Unit): readonly string[] =>
      prepared?.(side, u.index) ?? analyse(u.text, (lexicon ??= compileLexicon(DEFAULT_LEXICON, language))).terms;
    return new Map(units.map((u) => [u.index, new Set(analysed(u).filter((t) => t.length > 1))]));
  };
  const s = termsOf('source', source, languages.source);
  const t = termsOf('target', target, languages.target);
  const df = new Map<string, number>();
  for (const terms of [...s.values(), ...t.values()]) for (const term of terms) df.set(term, (df.get(term) ?? 0) + 1);
  const n = s.size + t.size + IDF_SMOOTHING;
  return { source: s, target: t, idf: (term) => Math.log(n / ((df.get(term) ?? 0) + 1)), maxIdf: Math.log(n) };
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
  // Each term's posting list and its IDF squared, once per term rather than once per pledge that names it.
  const postings = new Map<string, { targets: number[]; weight: number }>();
  let lastTarget = -1;
  for (const [target, set] of terms.target) {
    if (target > lastTarget) lastTarget = target;
    for (const term of set) {
      let list = postings.get(term);
      if (!list) postings.set(term, (list = { targets: [], weight: 0 }));
      list.targets.push(target);
    }
  }
  const cap = Math.min(MAX_RETRIEVING_CLAUSES, Math.max(3, MAX_RETRIEVING_SHARE * terms.target.size));
  for (const [term, list] of postings) {
    if (list.targets.length > cap) continue;
    const idf = terms.idf(term);
    list.weight = idf * idf;
  }
  // Weights by target, and the targets touched, reused from pledge to pledge: no Map and no sort of all of them.
  const weight = new Float64Array(lastTarget + 1);
  const touched = new Int32Array(lastTarget + 1);
  const best = new Int32Array(RETRIEVED_PER_PLEDGE);
  const out: Array<{ source: number; target: number }> = [];
  for (const source of pledges) {
    let count = 0;
    for (const term of terms.source.get(source) ?? []) {
      const list = postings.get(term);
      if (!list || list.targets.length > cap) continue;
      for (const target of list.targets) {
        if (weight[target] === 0) touched[count++] = target;
        weight[target] = weight[target]! + list.weight;
      }
    }
    const found = topK(touched, count, weight, best);
    for (let i = 0; i < found; i += 1) out.push({ source, target: best[i]! });
    for (let i = 0; i < count; i += 1) weight[touched[i]!] = 0;
  }
  return out;
}
