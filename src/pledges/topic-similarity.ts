/**
 * What a clause is about, read with its neighbours. A later communiqué often
 * continues a pledge in other words — "safeguard the caribou calving grounds"
 * becomes "advancing conservation of the Arctic ecosystem" — and the two
 * clauses share little; but sentences next to each other in a text keep to one
 * subject, so the clauses around each share more of the subject's vocabulary
 * than the two clauses alone. The topic of a clause is its IDF-weighted terms
 * plus its neighbours' at a lower weight; two clauses' topic similarity is the
 * cosine of theirs. On the dev communiqué golds (neighbours at half weight),
 * it ranked a pledge's gold counterpart first among all target clauses more
 * often than the aligner's clause similarity did (85 against 76 of 168) and
 * among the first five for 140 against 129.
 */
import type { TermIndex } from './retrieval';

/**
 * A neighbour's terms count this much beside the clause's own: enough to name the subject, not to outweigh the clause.
 * Leave-one-pair-out quality (scripts/fit-evidence.ts) with 0, 0.2, 0.3, 0.5 and 0.7: 0.75–0.79 at the level each chose, best at 0.3.
 */
const NEIGHBOUR_WEIGHT = 0.3;

/**
 * A term in more than this share of the target's topics, or in more than this many, retrieves nothing: common
 * vocabulary adds little to the cosine, and skipping its long posting lists keeps each pledge's cost bounded.
 */
const MAX_RETRIEVING_SHARE = 0.15;
const MAX_RETRIEVING_CLAUSES = 150;
/** How many target clauses each pledge retrieves by topic. */
export const TOPIC_RETRIEVED_PER_PLEDGE = 5;

type Topic = ReadonlyMap<string, number>;

export interface TopicIndex {
  /** Cosine of a pledge's topic and a target clause's, 0–1. */
  similarity(pledge: number, target: number): number;
  /** Each pledge's target clauses of most similar topic. */
  retrieve(): Array<{ source: number; target: number }>;
}

/** The topics of the pledges and of every target clause: only a pledge's are ever compared. */
export function topicIndex(terms: TermIndex, pledges: ReadonlySet<number>): TopicIndex {
  const idf = new Map<string, number>();
  const weightOf = (term: string): number => idf.get(term) ?? idf.set(term, terms.idf(term)).get(term)!;
  const source = topicsOf(terms.source, weightOf, pledges);
  const target = topicsOf(terms.target, weightOf);
  const cosine = (a: Topic | undefined, b: Topic | undefined): number => {
    if (!a || !b) return 0;
    const [small, large] = a.size <= b.size ? [a, b] : [b, a];
    let dot = 0;
    for (const [term, w] of small) dot += w * (large.get(term) ?? 0);
    const norms = norm(a) * norm(b);
    return norms === 0 ? 0 : dot / norms;
  };
  return {
    similarity: (s, t) => cosine(source.get(s), target.get(t)),
    retrieve: () => retrieve(pledges, source, target),
  };
}

/** The topics of the clauses (of those `only` names, if given): each clause's own terms and its neighbours' (the clauses before and after it). */
function topicsOf(clauses: ReadonlyMap<number, ReadonlySet<string>>, idf: (term: string) => number, only?: ReadonlySet<number>): Map<number, Topic> {
  const order = [...clauses.keys()].sort((a, b) => a - b);
  const topics = new Map<number, Topic>();
  for (let i = 0; i < order.length; i += 1) {
    if (only && !only.has(order[i]!)) continue;
    const topic = new Map<string, number>();
    const add = (at: number, weight: number): void => {
      for (const term of clauses.get(order[at]!) ?? []) topic.set(term, (topic.get(term) ?? 0) + weight * idf(term));
    };
    add(i, 1);
    if (i > 0) add(i - 1, NEIGHBOUR_WEIGHT);
    if (i + 1 < order.length) add(i + 1, NEIGHBOUR_WEIGHT);
    topics.set(order[i]!, topic);
  }
  return topics;
}

const norms = new WeakMap<Topic, number>();
function norm(topic: Topic): number {
  let n = norms.get(topic);
  if (n === undefined) {
    n = 0;
    for (const w of topic.values()) n += w * w;
    n = Math.sqrt(n);
    norms.set(topic, n);
  }
  return n;
}

/**
 * An inverted index over the target's topics: each pledge reads only the posting lists of its topic's rarer terms, so
 * the cost stays near linear in the documents. The cosine is over the full topics; common terms only go unretrieved.
 */
function retrieve(
  pledges: ReadonlySet<number>,
  source: ReadonlyMap<number, Topic>,
  target: ReadonlyMap<number, Topic>,
): Array<{ source: number; target: number }> {
  const cap = Math.min(MAX_RETRIEVING_CLAUSES, Math.max(3, MAX_RETRIEVING_SHARE * target.size));
  const postings = new Map<string, { targets: number[]; weights: number[] }>();
  let lastTarget = -1;
  for (const [t, topic] of target) {
    if (t > lastTarget) lastTarget = t;
    for (const [term, w] of topic) {
      let list = postings.get(term);
      if (!list) postings.set(term, (list = { targets: [], weights: [] }));
      list.targets.push(t);
      list.weights.push(w);
    }
  }
  const targetNorm = new Float64Array(lastTarget + 1);
  for (const [t, topic] of target) targetNorm[t] = norm(topic);
  // Dot products by target, and the targets touched, reused from pledge to pledge: no Map and no sort of all of them.
  const dot = new Float64Array(lastTarget + 1);
  const touched: number[] = [];
  const best: Array<{ t: number; cosine: number }> = [];
  const out: Array<{ source: number; target: number }> = [];
  for (const s of pledges) {
    const mine = source.get(s);
    if (!mine) continue;
    for (const [term, w] of mine) {
      const list = postings.get(term);
      if (!list || list.targets.length > cap) continue;
      for (let i = 0; i < list.targets.length; i += 1) {
        const t = list.targets[i]!;
        if (dot[t] === 0) touched.push(t);
        dot[t] = dot[t]! + w * list.weights[i]!;
      }
    }
    const mineNorm = norm(mine);
    best.length = 0;
    for (const t of touched) {
      const cosine = dot[t]! / (mineNorm * targetNorm[t]! || 1);
      if (best.length === TOPIC_RETRIEVED_PER_PLEDGE && !closer(cosine, t, best[best.length - 1]!)) continue;
      if (best.length === TOPIC_RETRIEVED_PER_PLEDGE) best.pop();
      let at = best.length;
      best.push({ t, cosine });
      while (at > 0 && closer(cosine, t, best[at - 1]!)) {
        best[at] = best[at - 1]!;
        at -= 1;
      }
      best[at] = { t, cosine };
    }
    for (const { t } of best) out.push({ source: s, target: t });
    for (const t of touched) dot[t] = 0;
    touched.length = 0;
  }
  return out;
}

/** Ordered by cosine, ties to the lower index: the first of a full sort by that order. */
const closer = (cosine: number, t: number, than: { t: number; cosine: number }): boolean => cosine > than.cosine || (cosine === than.cosine && t < than.t);
