import { heaviestChain } from './chain';

export const ORDERS = ['free', 'monotone', 'auto'] as const;
/** `monotone`: links keep document order (successive versions of one text); `free`: links may cross (a re-composition); `auto`: decided from the documents. */
export type Order = (typeof ORDERS)[number];

/** Which mode an alignment ran in, and why. */
export interface OrderDecision {
  readonly requested: Order;
  readonly mode: 'free' | 'monotone';
  /** The confident links the decision looked at (1:1, score ≥ CONFIDENT_SCORE, or the model's own), and how many of them one order-keeping chain holds. */
  readonly confidentLinks: number;
  readonly inOrder: number;
  /** The threshold the mode ran with. */
  readonly threshold: number;
  readonly reason: string;
}

/**
 * A link this strong is the same sentence on both sides, whatever the mode:
 * the evidence the decision counts. Below it, paraphrase scores of unrelated
 * clauses would blur the picture.
 */
export const CONFIDENT_SCORE = 0.5;
/**
 * Fewer confident links than this say nothing about order (three links keep
 * order by chance one time in six), and the safe reading is `free`: pledges
 * move. A model may read such texts otherwise (LinearModel's `unknownOrder`).
 */
export const MIN_CONFIDENT = 4;
/**
 * A model's reading of a text whose order its links cannot tell applies only when both texts have at least this many
 * clauses (room for three times the confident links needed): between two short texts — a few pledges each — too few
 * confident links say nothing about order, and the safe reading stays free.
 */
export const MIN_UNITS_FOR_UNKNOWN = 3 * MIN_CONFIDENT;

/** How a model reads order (LinearModel's `unknownOrder`, `inOrderShare`), and how many clauses each text has. */
export interface OrderReading {
  readonly unknownOrder?: 'free' | 'monotone';
  readonly inOrderShare?: number;
  readonly sizes?: { readonly source: number; readonly target: number };
}
/**
 * The share of confident links one order-keeping chain must hold for the
 * target to read as a successive version. A shuffled text of n links keeps
 * about 2√n in order (a third at n = 36), an edited one nearly all; between,
 * a text with one moved section keeps most. Set before measuring; on DEplain-web
 * dev (74 rewrites) and the four dev communiqué pairs the two kinds overlap
 * between 0.5 and 0.8 (see the README), so no cut separates them cleanly.
 * A model may set its own (LinearModel's `inOrderShare`).
 */
export const IN_ORDER_SHARE = 0.75;

/**
 * Decides the mode from the candidate pairs: takes the one-to-one links
 * scoring at least CONFIDENT_SCORE (best first), and asks what share of them
 * one order-keeping chain can hold.
 *
 * @example
 * decideOrder('auto', pairs, { free: 0.3, monotone: 0.6 }) // { mode: 'monotone', confidentLinks: 30, inOrder: 29, … }
 */
export function decideOrder(
  requested: Order,
  pairs: ReadonlyArray<{ readonly s: number; readonly t: number; readonly w: number }>,
  thresholds: { readonly free: number; readonly monotone: number; readonly confident?: number },
  reading: OrderReading = {},
): OrderDecision {
  const { inOrderShare = IN_ORDER_SHARE, sizes } = reading;
  // Too few confident links say the rewrite is loose only where there was room for many: a short text says nothing.
  const unknownOrder = sizes && Math.min(sizes.source, sizes.target) < MIN_UNITS_FOR_UNKNOWN ? 'free' : (reading.unknownOrder ?? 'free');
  // A model on another scale says what score is confident on it (see CHARACTER_MODEL).
  const confidentAt = thresholds.confident ?? CONFIDENT_SCORE;
  const strong = pairs.filter((p) => p.w >= confidentAt);
  const confident = greedyOneToOne(strong);
  // Over every strong pair, not only the one-to-one ones: a sentence repeated in a text ("God saw that it was good")
  // has a copy in order, and the chain may take it.
  const inOrder = heaviestChain(strong.map((p) => ({ s: p.s, t: p.t, w: 1 }))).length;
  const counts = { confidentLinks: confident.length, inOrder };
  const share = `${inOrder} of ${confident.length} confident links (score ≥ ${confidentAt}) keep document order`;
  if (requested !== 'auto') {
    return { requested, mode: requested, ...counts, threshold: thresholds[requested], reason: `${requested} was asked for (${share})` };
  }
  if (confident.length < MIN_CONFIDENT) {
    const few = `only ${confident.length} confident links (score ≥ ${confidentAt}), too few to tell the order`;
    return {
      requested,
      mode: unknownOrder,
      ...counts,
      threshold: thresholds[unknownOrder],
      reason: unknownOrder === 'free' ? `${few}: links may cross` : `${few}: read as a successive version, as this model reads such texts`,
    };
  }
  const monotone = inOrder >= inOrderShare * confident.length;
  return {
    requested,
    mode: monotone ? 'monotone' : 'free',
    ...counts,
    threshold: monotone ? thresholds.monotone : thresholds.free,
    reason: monotone
      ? `${share}: the target reads as a successive version of the source, so links keep order`
      : `${share}, under ${Math.round(inOrderShare * 100)} %: the target recomposes the source, so links may cross`,
  };
}

/** One-to-one links by descending score: each clause keeps its best partner still free. */
export function greedyOneToOne<P extends { s: number; t: number; w: number }>(pairs: readonly P[]): P[] {
  const usedS = new Set<number>();
  const usedT = new Set<number>();
  const chosen: P[] = [];
  for (const pair of [...pairs].sort((a, b) => b.w - a.w || a.s - b.s || a.t - b.t)) {
    if (usedS.has(pair.s) || usedT.has(pair.t)) continue;
    usedS.add(pair.s);
    usedT.add(pair.t);
    chosen.push(pair);
  }
  return chosen;
}
