import type { Explanation } from '../similarity/model';
import type { Order } from './order';

declare const sourceBrand: unique symbol;
declare const targetBrand: unique symbol;
/** A unit `index` of the source document; branded so it cannot be passed where a target index is meant. */
export type SourceIndex = number & { readonly [sourceBrand]: true };
/** A unit `index` of the target document. */
export type TargetIndex = number & { readonly [targetBrand]: true };

export const asSource = (index: number): SourceIndex => index as SourceIndex;
export const asTarget = (index: number): TargetIndex => index as TargetIndex;

export const RELATIONS = ['equivalent', 'partial'] as const;
export type Relation = (typeof RELATIONS)[number];

/** One piece of a word-level diff from source to target text. */
export interface DiffPart {
  readonly value: string;
  readonly added?: true;
  readonly removed?: true;
}

/** Why a link was made: the similarity's explanation, and the days both sides name. */
export interface LinkExplanation extends Explanation {
  /** Days (ISO `YYYY-MM-DD`) both sides name: one cites the other's event, whatever the wording. */
  readonly citations: readonly string[];
}

/** Units of the source that say what units of the target say: 1:1, 1:n, n:1 or n:m. */
export interface Link {
  readonly source: readonly SourceIndex[];
  readonly target: readonly TargetIndex[];
  readonly score: number;
  readonly relation: Relation;
  readonly explanation: LinkExplanation;
  /** Word diff of the joined source texts into the joined target texts; `null` when too different to diff in bounded time. */
  readonly diff: readonly DiffPart[] | null;
}

export interface AlignOptions {
  /**
   * `monotone`: links keep document order (successive versions of one text); `free`: links may cross, as pledges
   * move around; `auto` (the default): decided from the confident links, and said in the result's `order`.
   */
  readonly order?: Order;
  /** `true` is a synonym of `order: 'monotone'`, `false` of `'free'`; `order` wins when both are given. */
  readonly monotone?: boolean;
  /** Lowest score a link may have, in either mode; by default the mode's own (in English 0.3 free, 0.6 monotone: see DEFAULT_THRESHOLDS; other languages: CHARACTER_MODEL). */
  readonly threshold?: number;
  /** Candidates kept per unit and direction from the inverted index before rescoring; default 4 (8 gave the same links on every evaluation set). */
  readonly candidates?: number;
}
