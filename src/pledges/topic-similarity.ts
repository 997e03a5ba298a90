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
import { topK } from '../align/candidates';
import type { TermIndex } from './retrieval';

/**
 * A neighbour's terms count this much beside the clause's own: enough to name the subject, not to outweigh the clause.
 * Leave-one-pair-out quality (scripts/fit-evidence.ts) with 0, 0.2, 0.3, 0.5 and 0.7: 0.75–0.79 at the level each chose, best at 0.3.
 */
const NEIGHBOUR_WEIGHT = 0.3;
/**
 * A section heading's terms count as a neighbour's do: they name the subject a clause stands under. Dev pairs with 0.2,
 * 0.3, 0.5, 0.7: 0.2 and 0.3 the same gains; 0.5 and 0.7 more on us-eu-ttc-2021-2023 but one of its new pledges lost.
 */
const SECTION_WEIGHT = 0.3;

/**
 * A term in more than this share of the target's topics, or in more than this many, retrieves nothing: common
 * vocabulary adds little to the cosine, and skipping its long posting lists keeps each pledge's cost bounded.
 */
const MAX_RETRIEVING_SHARE = 0.15;
const MAX_RETRIEVING_CLAUSES = 150;
/** How many target clauses each pledge retrieves by topic. */
export const TOPIC_RETRIEVED_PER_PLEDGE = 5;

/**
 * A clause's topic: its terms as numbers, in the order they were first met (the order its sums run in), and their
 * weights. Arrays, not a Map per clause: twenty thousand clauses' topics are half a million entries.
 */
interface Topic {
  readonly ids: Int32Array;
  readonly weights: Float64Array;
  readonly norm: number;
}

export interface TopicIndex {
  /** Cosine of a pledge's topic and a target clause's, 0–1. */
  similarity(pledge: number, target: number): number;
  /** Each pledge's target clauses of most similar topic. */
  retrieve(): Array<{ source: number; target: number }>;
}

/** The topics of the pledges and of every target clause: only a pledge's are ever compared. */
export function topicIndex(terms: TermIndex, pledges: ReadonlySet<number>): TopicIndex {
  const { idf } = terms;
  const source = topicsOf(terms.source, idf, undefined, pledges);
  const target = topicsOf(terms.target, idf, terms.sections);
  // One dense row, zero between uses: a clause's weights are spread on it to be read by the other's terms.
  const dense = new Float64Array(idf.length);
  const cosine = (a: Topic | undefined, b: Topic | undefined): number => {
    if (!a || !b) return 0;
    const small = a.ids.length <= b.ids.length ? a : b;
    const large = small === a ? b : a;
    for (let i = 0; i < large.ids.length; i += 1) dense[large.ids[i]!] = large.weights[i]!;
    let dot = 0;
    for (let i = 0; i < small.ids.length; i += 1) dot += small.weights[i]! * dense[small.ids[i]!]!;
    for (let i = 0; i < large.ids.length; i += 1) dense[large.ids[i]!] = 0;
    const norms = a.norm * b.norm;
    return norms === 0 ? 0 : dot / norms;
  };
  return {
    similarity: (s, t) => cosine(source.get(s), target.get(t)),
    retrieve: () => retrieve(pledges, source, target, idf.length),
  };
}

/**
 * The topics of the clauses (of those `only` names, if given): each clause's own terms, those of the section heading it
 * stands under, if given, and its neighbours' (the clauses before and after it).
 */
function topicsOf(
  clauses: ReadonlyMap<number, Int32Array>,
  idf: Float64Array,
  sections: ReadonlyMap<number, Int32Array> | undefined,
  only?: ReadonlySet<number>,
): Map<number, Topic> {
  const order = [...clauses.keys()].sort((a, b) => a - b);
  const termIds = order.map((index) => clauses.get(index)!);
  // Every topic cut from two arrays sized for the most it can hold (its own and its neighbours' terms): thousands of
  // typed arrays of their own, each with an off-heap buffer, cost more than the topics' sums.
  let room = 0;
  for (let i = 0; i < order.length; i += 1) {
    if (only && !only.has(order[i]!)) continue;
    room += termIds[i]!.length + (sections?.get(order[i]!)?.length ?? 0) + (termIds[i - 1]?.length ?? 0) + (termIds[i + 1]?.length ?? 0);
  }
  const packedIds = new Int32Array(room);
  const packedWeights = new Float64Array(room);
  let used = 0;
  const sum = new Float64Array(idf.length);
  const held = new Uint8Array(idf.length);
  const topics = new Map<number, Topic>();
  const add = (ids: Int32Array, weight: number): void => {
    for (const id of ids) {
      if (!held[id]) {
        held[id] = 1;
        packedIds[used++] = id;
      }
      sum[id] = sum[id]! + weight * idf[id]!;
    }
  };
  for (let i = 0; i < order.length; i += 1) {
    if (only && !only.has(order[i]!)) continue;
    const start = used;
    add(termIds[i]!, 1);
    const section = sections?.get(order[i]!);
    if (section) add(section, SECTION_WEIGHT);
    if (i > 0) add(termIds[i - 1]!, NEIGHBOUR_WEIGHT);
    if (i + 1 < order.length) add(termIds[i + 1]!, NEIGHBOUR_WEIGHT);
    let norm = 0;
    for (let k = start; k < used; k += 1) {
      const id = packedIds[k]!;
      const w = (packedWeights[k] = sum[id]!);
      norm += w * w;
      sum[id] = 0;
      held[id] = 0;
    }
    topics.set(order[i]!, { ids: packedIds.subarray(start, used), weights: packedWeights.subarray(start, used), norm: Math.sqrt(norm) });
  }
  return topics;
}

/**
 * An inverted index over the target's topics: each pledge reads only the posting lists of its topic's rarer terms, so
 * the cost stays near linear in the documents. The cosine is over the full topics; common terms only go unretrieved.
 */
function retrieve(
  pledges: ReadonlySet<number>,
  source: ReadonlyMap<number, Topic>,
  target: ReadonlyMap<number, Topic>,
  vocabulary: number,
): Array<{ source: number; target: number }> {
  const cap = Math.min(MAX_RETRIEVING_CLAUSES, Math.max(3, MAX_RETRIEVING_SHARE * target.size));
  // Posting lists packed end to end (each term's targets in clause order), found by each term's start.
  const starts = new Int32Array(vocabulary + 1);
  let lastTarget = -1;
  for (const [t, topic] of target) {
    if (t > lastTarget) lastTarget = t;
    for (const id of topic.ids) starts[id + 1] = starts[id + 1]! + 1;
  }
  for (let id = 0; id < vocabulary; id += 1) starts[id + 1] = starts[id + 1]! + starts[id]!;
  const postedTargets = new Int32Array(starts[vocabulary]!);
  const postedWeights = new Float64Array(starts[vocabulary]!);
  const filled = starts.slice(0, vocabulary);
  for (const [t, topic] of target) {
    for (let i = 0; i < topic.ids.length; i += 1) {
      const at = filled[topic.ids[i]!]!;
      filled[topic.ids[i]!] = at + 1;
      postedTargets[at] = t;
      postedWeights[at] = topic.weights[i]!;
    }
  }
  const targetNorm = new Float64Array(lastTarget + 1);
  for (const [t, topic] of target) targetNorm[t] = topic.norm;
  // Dot products and cosines by target, and the targets touched, reused from pledge to pledge: no Map and no sort of all of them.
  const dot = new Float64Array(lastTarget + 1);
  const cosine = new Float64Array(lastTarget + 1);
  const touched = new Int32Array(lastTarget + 1);
  const best = new Int32Array(TOPIC_RETRIEVED_PER_PLEDGE);
  const out: Array<{ source: number; target: number }> = [];
  for (const s of pledges) {
    const mine = source.get(s);
    if (!mine) continue;
    let count = 0;
    for (let k = 0; k < mine.ids.length; k += 1) {
      const id = mine.ids[k]!;
      const w = mine.weights[k]!;
      const [from, to] = [starts[id]!, starts[id + 1]!];
      if (to - from > cap) continue;
      for (let i = from; i < to; i += 1) {
        const t = postedTargets[i]!;
        if (dot[t] === 0) touched[count++] = t;
        dot[t] = dot[t]! + w * postedWeights[i]!;
      }
    }
    for (let i = 0; i < count; i += 1) {
      const t = touched[i]!;
      cosine[t] = dot[t]! / (mine.norm * targetNorm[t]! || 1);
    }
    const found = topK(touched, count, cosine, best);
    for (let i = 0; i < found; i += 1) out.push({ source: s, target: best[i]! });
    for (let i = 0; i < count; i += 1) {
      dot[touched[i]!] = 0;
      cosine[touched[i]!] = 0;
    }
  }
  return out;
}
