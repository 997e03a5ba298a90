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
  /** Each clause's phrases (phrasesOf), kept apart from its terms: the evidence's share of a pledge's terms a clause covers is unchanged. */
  readonly phrases: { readonly source: ReadonlyMap<number, ReadonlySet<string>>; readonly target: ReadonlyMap<number, ReadonlySet<string>> };
  /**
   * The terms of the section heading each target clause stands under (sections.ts), where it has one. The target's only:
   * a later statement files short reports under a heading that names their subject ("Sharing Information": "Launching
   * a platform …"), where a pledge, a sentence meant to stand alone, names its own; and the crossheads of a news report
   * ("Terrorism networks 'thwarted'") are no subject at all.
   */
  readonly sections?: ReadonlyMap<number, ReadonlySet<string>>;
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
  targetHeadings?: ReadonlyMap<number, string>,
): TermIndex {
  // The similarity's own analysis — stems without stop words, synonyms and lexicon concepts folded ("checks" meets
  // "controls") — as the aligner prepared it; a clause it did not prepare is analysed here.
  const termsOf = (side: 'source' | 'target', units: readonly Unit[], language: Language): Map<number, readonly string[]> => {
    let lexicon: ReturnType<typeof compileLexicon> | undefined;
    const analysed = (u: Unit): readonly string[] =>
      prepared?.(side, u.index) ?? analyse(u.text, (lexicon ??= compileLexicon(DEFAULT_LEXICON, language))).terms;
    return new Map(units.map((u) => [u.index, analysed(u).filter((t) => t.length > 1)]));
  };
  const sTerms = termsOf('source', source, languages.source);
  const tTerms = termsOf('target', target, languages.target);
  const sets = (m: Map<number, readonly string[]>): Map<number, ReadonlySet<string>> => new Map([...m].map(([u, ts]) => [u, new Set(ts)]));
  const phrases = (m: Map<number, readonly string[]>): Map<number, ReadonlySet<string>> => new Map([...m].map(([u, ts]) => [u, phrasesOf(ts)]));
  const [s, t] = [sets(sTerms), sets(tTerms)];
  const ph = { source: phrases(sTerms), target: phrases(tTerms) };
  const df = new Map<string, number>();
  for (const terms of [...s.values(), ...t.values(), ...ph.source.values(), ...ph.target.values()])
    for (const term of terms) df.set(term, (df.get(term) ?? 0) + 1);
  const n = s.size + t.size + IDF_SMOOTHING;
  const sections = targetHeadings && sectionTerms(targetHeadings, languages.target);
  return { source: s, target: t, phrases: ph, ...(sections ? { sections } : {}), idf: (term) => Math.log(n / ((df.get(term) ?? 0) + 1)), maxIdf: Math.log(n) };
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
 * The target clauses that share a pledge's rarest words and phrases — a second route to
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
    for (const term of [...set, ...(terms.phrases.target.get(target) ?? [])]) {
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
    for (const term of [...(terms.source.get(source) ?? []), ...(terms.phrases.source.get(source) ?? [])]) {
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
  for (let i = 1; i < terms.length; i += 1) if (terms[i - 1] !== terms[i]) out.add(`${terms[i - 1]} ${terms[i]}`);
  return out;
}

/** Each clause's heading as terms, each heading analysed once however many clauses stand under it. */
function sectionTerms(headings: ReadonlyMap<number, string>, language: Language): Map<number, ReadonlySet<string>> {
  if (headings.size === 0) return new Map();
  const lexicon = compileLexicon(DEFAULT_LEXICON, language);
  const byText = new Map<string, ReadonlySet<string>>();
  const termsOf = (text: string): ReadonlySet<string> =>
    byText.get(text) ?? byText.set(text, new Set(analyse(text, lexicon).terms.filter((x) => x.length > 1))).get(text)!;
  return new Map([...headings].map(([unit, text]) => [unit, termsOf(text)]));
}
