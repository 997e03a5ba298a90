import { diffWordsWithSpace } from 'diff';
import type { DiffPart } from './types';

/** Beyond this many edits two clauses are not variants of each other, and diffing them is quadratic. */
const MAX_EDIT_LENGTH = 200;
const TIMEOUT_MS = 50;

/**
 * A bounded word diff; `null` when the texts differ too much to diff in bounded time.
 *
 * @example
 * wordDiff('the quick fox', 'the slow fox') // [{ value: 'the ' }, { value: 'quick', removed: true }, { value: 'slow', added: true }, { value: ' fox' }]
 */
export function wordDiff(before: string, after: string): DiffPart[] | null {
  // diffWordsWithSpace, not diffWords: the parts must rebuild both texts exactly, spaces included.
  const changes = diffWordsWithSpace(before, after, { maxEditLength: MAX_EDIT_LENGTH, timeout: TIMEOUT_MS });
  if (!changes) return null;
  return changes.map((c): DiffPart => (c.added ? { value: c.value, added: true } : c.removed ? { value: c.value, removed: true } : { value: c.value }));
}
