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
  readonly owner: string;
  readonly sourceTitle: string | null;
  readonly targetTitle: string | null;
  readonly sourceDate: string | null;
  readonly targetDate: string | null;
  readonly json: Uint8Array;
  /** UTF-8 bytes of the JSON, what a quota counts. */
  readonly bytes: number;
}

const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;

/**
 * Validates a record. Bad input here is a programming error in the caller
 * (the service builds these records), so it throws a TypeError rather than an
 * AppError a client would see. The JSON is checked for its shape only (an
 * object's text): parsing megabytes to prove it would cost the request thread.
 */
export function encodeRecord(record: NewAlignment): EncodedAlignment {
  requireText(record.id, 'id');
  requireText(record.key, 'key');
  if (typeof record.owner !== 'string') throw new TypeError('owner must be a string');
  requireIsoDate(record.createdAt);
  requireTitle(record.sourceTitle, 'sourceTitle');
  requireTitle(record.targetTitle, 'targetTitle');
  requireTitle(record.sourceDate ?? null, 'sourceDate');
  requireTitle(record.targetDate ?? null, 'targetDate');
  const { json } = record;
  if (!(json instanceof Uint8Array) || json[0] !== OPEN_BRACE || json[json.byteLength - 1] !== CLOSE_BRACE)
    throw new TypeError('json must be the UTF-8 text of a JSON object');
  return {
    id: record.id,
    createdAt: record.createdAt,
    key: record.key,
    owner: record.owner,
    sourceTitle: record.sourceTitle,
    targetTitle: record.targetTitle,
    sourceDate: record.sourceDate ?? null,
    targetDate: record.targetDate ?? null,
    json,
    bytes: json.byteLength,
  };
}

/**
 * The open/closed state both stores keep: every call but `close` checks it,
 * and since every method is async, a closed store rejects rather than throws.
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
 */
export function newestFirst(a: AlignmentSummary, b: AlignmentSummary): number {
  if (a.createdAt !== b.createdAt) return a.createdAt > b.createdAt ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

export function requireIsoDate(value: unknown): void {
  const ok = typeof value === 'string' && /^\d{4}-/.test(value) && !Number.isNaN(Date.parse(value)) && new Date(value).toISOString() === value;
  if (!ok) throw new TypeError(`createdAt must be an ISO timestamp as Date#toISOString() writes it, got ${String(value)}`);
}

/** A quota is a byte count; without one, nothing is refused. */
export function requireQuota(value: unknown): void {
  if (value !== undefined && !(Number.isSafeInteger(value) && (value as number) >= 0)) {
    throw new TypeError(`quotaBytes must be a non-negative integer or absent, got ${String(value)}`);
  }
}

function requireText(value: unknown, name: string): void {
  if (typeof value !== 'string' || value.length === 0) throw new TypeError(`${name} must be a non-empty string`);
}

function requireTitle(value: unknown, name: string): void {
  if (value !== null && typeof value !== 'string') throw new TypeError(`${name} must be a string or null`);
}
