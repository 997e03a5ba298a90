/**
 * Checks and encodings both stores share, so that they accept, reject and
 * return exactly the same things and one contract suite can hold them to it.
 */
import type { AlignmentSummary, NewAlignment, Page } from './types';

/** What a store keeps per record: the resource already serialised. */
export interface EncodedAlignment {
  readonly id: string;
  readonly createdAt: string;
  readonly key: string;
  readonly sourceTitle: string | null;
  readonly targetTitle: string | null;
  readonly json: string;
}

/**
 * Validates a record and serialises its resource once. Bad input here is a
 * programming error in the caller (the HTTP layer builds these records), so it
 * throws a TypeError rather than an AppError a client would see.
 *
 * @example
 * const row = encodeRecord({ id: 'a1', createdAt: new Date().toISOString(), key: 'k', resource: {}, sourceTitle: null, targetTitle: null });
 */
export function encodeRecord(record: NewAlignment): EncodedAlignment {
  requireText(record.id, 'id');
  requireText(record.key, 'key');
  requireIsoDate(record.createdAt);
  requireTitle(record.sourceTitle, 'sourceTitle');
  requireTitle(record.targetTitle, 'targetTitle');
  // JSON.stringify returns undefined (not a string) for undefined, functions and symbols.
  const json: unknown = JSON.stringify(record.resource);
  if (typeof json !== 'string') throw new TypeError('resource must be JSON-serialisable');
  return {
    id: record.id,
    createdAt: record.createdAt,
    key: record.key,
    sourceTitle: record.sourceTitle,
    targetTitle: record.targetTitle,
    json,
  };
}

/**
 * The open/closed state both stores keep: every call but `close` checks it,
 * and since every method is async, a closed store rejects rather than throws.
 *
 * @example
 * const state = openState(); state.check(); state.close(); state.check() // throws
 */
export function openState(): { check(): void; close(): boolean } {
  let closed = false;
  return {
    check() {
      if (closed) throw new Error('the alignment store is closed');
    },
    /** True the first time: what there is to release is released once. */
    close() {
      const first = !closed;
      closed = true;
      return first;
    },
  };
}

/** @example requirePage({ limit: 20, offset: 0 }) */
export function requirePage(page: Page): void {
  for (const name of ['limit', 'offset'] as const) {
    const value = page[name];
    if (!Number.isSafeInteger(value) || value < 0) {
      throw new TypeError(`${name} must be a non-negative integer, got ${String(value)}`);
    }
  }
}

/**
 * The list order both stores use: newest first, then by id so that equal
 * timestamps still page deterministically.
 *
 * @example rows.sort(newestFirst)
 */
export function newestFirst(a: AlignmentSummary, b: AlignmentSummary): number {
  if (a.createdAt !== b.createdAt) return a.createdAt > b.createdAt ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

function requireText(value: unknown, name: string): void {
  if (typeof value !== 'string' || value.length === 0) throw new TypeError(`${name} must be a non-empty string`);
}

function requireTitle(value: unknown, name: string): void {
  if (value !== null && typeof value !== 'string') throw new TypeError(`${name} must be a string or null`);
}

// Only the canonical form sorts as text in time order (no offsets, always milliseconds, four-digit years).
function requireIsoDate(value: unknown): void {
  const ok = typeof value === 'string' && /^\d{4}-/.test(value) && !Number.isNaN(Date.parse(value)) && new Date(value).toISOString() === value;
  if (!ok) throw new TypeError(`createdAt must be an ISO timestamp as Date#toISOString() writes it, got ${String(value)}`);
}
