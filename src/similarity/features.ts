import type { PreparedClause } from './prepare';

export const SHAPE_FEATURES = ['lengthRatio', 'numberOverlap', 'numberMismatch', 'negationMismatch', 'logShorterLength'] as const;
export type ShapeFeature = (typeof SHAPE_FEATURES)[number];

/**
 * Cheap facts about the pair's shape that correct the word signals: a
 * differing number or a negation on one side only lowers similarity.
 * Written into an existing record: the scorer reuses one record for every candidate pair.
 *
 * @example
 * writeShapeFeatures(prepared('on 25 May'), prepared('on 30 May'), features); features.numberMismatch // 1
 */
export function writeShapeFeatures(a: PreparedClause, b: PreparedClause, into: Record<ShapeFeature, number>): void {
  let shared = 0;
  for (const n of a.numbers) if (b.numbers.has(n)) shared += 1;
  const union = a.numbers.size + b.numbers.size - shared;
  into.lengthRatio = Math.min(a.length, b.length) / Math.max(a.length, b.length, 1);
  into.numberOverlap = union === 0 ? 1 : shared / union;
  // Only numbers on both sides can disagree: a date on one side alone is context, not contradiction.
  into.numberMismatch = a.numbers.size > 0 && b.numbers.size > 0 && shared < union ? 1 : 0;
  into.negationMismatch = a.negated === b.negated ? 0 : 1;
  into.logShorterLength = Math.log(1 + Math.min(a.length, b.length));
}
