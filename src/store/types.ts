/**
 * The persistence contract for alignment results. It is deliberately small,
 * async and JSON in / JSON out so that the embedded SQLite store can later be
 * replaced by a server database without touching the HTTP layer.
 */

/** One stored alignment: what `get` and `findByKey` return. */
export interface StoredAlignment {
  readonly id: string;
  /** Canonical `Date#toISOString()` form, so that string order is time order. */
  readonly createdAt: string;
  /** A hash of the inputs and options: the same request can reuse the stored result. */
  readonly key: string;
  /** Any JSON-serialisable value; it comes back as a fresh copy, as `JSON.parse` would give it. */
  readonly resource: unknown;
}

/** What `list` returns per item: enough for an index page without loading every resource. */
export interface AlignmentSummary {
  readonly id: string;
  readonly createdAt: string;
  readonly sourceTitle: string | null;
  readonly targetTitle: string | null;
}

/** What `put` takes: the stored record plus the titles its summary shows. */
export interface NewAlignment extends StoredAlignment {
  readonly sourceTitle: string | null;
  readonly targetTitle: string | null;
}

export interface Page {
  /** Non-negative integer; 0 returns no items but still the total. */
  readonly limit: number;
  /** Non-negative integer. */
  readonly offset: number;
}

export interface AlignmentPage {
  readonly items: AlignmentSummary[];
  /** The number of stored alignments, whatever the page. */
  readonly total: number;
}

export interface AlignmentStore {
  /**
   * Stores the record and its summary all or nothing. A record with an id
   * already stored replaces it, so a retried put is harmless.
   */
  put(record: NewAlignment): Promise<void>;
  get(id: string): Promise<StoredAlignment | undefined>;
  /** The newest record stored under `key`, if any. */
  findByKey(key: string): Promise<StoredAlignment | undefined>;
  /** Newest first: `createdAt` descending, then `id` ascending. */
  list(page: Page): Promise<AlignmentPage>;
  /** True when a record was deleted, false when there was none. */
  delete(id: string): Promise<boolean>;
  /** Idempotent; every other call afterwards rejects. */
  close(): Promise<void>;
}
