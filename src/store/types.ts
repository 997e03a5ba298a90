/**
 * The persistence contract for alignment results. It is deliberately small,
 * async and JSON text (as UTF-8 bytes) in / out, so that the embedded SQLite store can
 * later be replaced by a server database without touching the HTTP layer, and
 * so that reading a stored result back never parses it on the request thread.
 */

/** Who an alignment belongs to: the name of the API key that made it, or '' when the service runs without keys. */
export type Owner = string;

/** One stored alignment: what `get` and `findByKey` return. */
export interface StoredAlignment {
  readonly id: string;
  /** Canonical `Date#toISOString()` form, so that string order is time order. */
  readonly createdAt: string;
  /** A hash of the inputs and options: the same request from the same owner can reuse the stored result. */
  readonly key: string;
  readonly owner: Owner;
  /** The resource's JSON text as UTF-8 bytes, exactly as it was put: stored and sent as bytes, never a string on the request thread. */
  readonly json: Uint8Array;
}

/** What `list` returns per item: enough for an index page without loading every resource. */
export interface AlignmentSummary {
  readonly id: string;
  readonly createdAt: string;
  readonly sourceTitle: string | null;
  readonly targetTitle: string | null;
}

/** What `put` takes: the stored record plus the titles its summary shows and the dates its reports are named by. */
export interface NewAlignment extends StoredAlignment {
  readonly sourceTitle: string | null;
  readonly targetTitle: string | null;
  /** The documents' dates as the caller gave them (the resource's `source.date`); absent: null. */
  readonly sourceDate?: string | null;
  readonly targetDate?: string | null;
}

/**
 * What `head` returns: the titles and dates kept in the row beside the resource,
 * so that naming a report never reads (let alone parses) the resource itself.
 */
export interface AlignmentHead extends AlignmentSummary {
  readonly sourceDate: string | null;
  readonly targetDate: string | null;
}

export interface Page {
  /** Non-negative integer; 0 returns no items but still the total. */
  readonly limit: number;
  /** Non-negative integer. */
  readonly offset: number;
}

export interface AlignmentPage {
  readonly items: AlignmentSummary[];
  /** The number of the owner's stored alignments, whatever the page. */
  readonly total: number;
}

/**
 * What a write answers: kept; not kept because the owner's stored bytes would then pass the quota it was given (judged in
 * the same transaction as the write, so two writes at once cannot both slip under it); or, for a report, not kept because
 * its alignment is gone.
 */
export type PutOutcome = 'stored' | 'over_quota' | 'no_alignment';

/** A rendered report, kept beside its alignment so it is drawn once. */
export type StoredReportFormat = 'pdf' | 'html' | 'csv';

export interface AlignmentStore {
  /**
   * Stores the record and its summary all or nothing. A record with an id
   * already stored replaces it (and drops its reports), so a retried put is harmless.
   * With `quotaBytes`, nothing is stored when the owner's usage would pass it.
   */
  put(record: NewAlignment, quotaBytes?: number): Promise<PutOutcome>;
  /** Only the owner's: another owner's id answers undefined, as an unknown one does. */
  get(id: string, owner: Owner): Promise<StoredAlignment | undefined>;
  /** The titles and dates of the owner's record, without its JSON; undefined as `get` is. */
  head(id: string, owner: Owner): Promise<AlignmentHead | undefined>;
  /** The owner's newest record stored under `key`, if any. */
  findByKey(key: string, owner: Owner): Promise<StoredAlignment | undefined>;
  /** The owner's records, newest first: `createdAt` descending, then `id` ascending. */
  list(owner: Owner, page: Page): Promise<AlignmentPage>;
  /** True when the owner's record (and its reports) was deleted, false when there was none. */
  delete(id: string, owner: Owner): Promise<boolean>;
  /** Bytes the owner's stored alignments and reports take. */
  usage(owner: Owner): Promise<number>;
  /** Deletes every record created before `createdBefore` (ISO), with its reports; answers how many. */
  deleteOlderThan(createdBefore: string): Promise<number>;
  /** With `quotaBytes`, not kept when the alignment's owner's usage would pass it. */
  putReport(id: string, format: StoredReportFormat, bytes: Uint8Array, quotaBytes?: number): Promise<PutOutcome>;
  /** Only the owner's: a report of another owner's alignment answers undefined, as a report not yet drawn does. */
  getReport(id: string, format: StoredReportFormat, owner: Owner): Promise<Uint8Array | undefined>;
  /** Idempotent; every other call afterwards rejects. */
  close(): Promise<void>;
}
