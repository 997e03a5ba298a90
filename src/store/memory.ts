/**
 * An in-process store for tests and for running without a disk. It keeps the
 * same JSON text and bytes the SQLite store keeps, so one contract suite holds
 * both: later mutation of a returned value never reaches what is stored.
 */
import { encodeRecord, newestFirst, openState, requireIsoDate, requirePage, requireQuota, type EncodedAlignment } from './record';
import type {
  AlignmentHead,
  AlignmentPage,
  AlignmentStore,
  AlignmentSummary,
  NewAlignment,
  Owner,
  Page,
  PutOutcome,
  StoredAlignment,
  StoredReportFormat,
} from './types';

/**
 * @example
 * const store = createMemoryStore();
 * await store.put({ id: 'a1', createdAt: new Date().toISOString(), key: 'k', owner: '', json: Buffer.from('{"links":[]}'), sourceTitle: null, targetTitle: null });
 * Buffer.from((await store.get('a1', ''))!.json).toString(); // '{"links":[]}'
 */
export function createMemoryStore(): AlignmentStore {
  const rows = new Map<string, EncodedAlignment>();
  const reports = new Map<string, Map<StoredReportFormat, Uint8Array>>();
  const state = openState();
  const owned = (id: string, owner: Owner): EncodedAlignment | undefined => {
    const row = rows.get(id);
    return row?.owner === owner ? row : undefined;
  };
  const reportBytes = (id: string): number => {
    let bytes = 0;
    for (const report of reports.get(id)?.values() ?? []) bytes += report.byteLength;
    return bytes;
  };
  const usageOf = (owner: Owner): number => {
    let bytes = 0;
    for (const row of rows.values()) if (row.owner === owner) bytes += row.bytes + reportBytes(row.id);
    return bytes;
  };
  const drop = (id: string): void => {
    rows.delete(id);
    reports.delete(id);
  };

  return {
    async put(record: NewAlignment, quotaBytes?: number): Promise<PutOutcome> {
      state.check();
      requireQuota(quotaBytes);
      const encoded = encodeRecord(record);
      // A copy: later changes to the caller's bytes never reach what is stored.
      const row = { ...encoded, json: new Uint8Array(encoded.json) };
      // Judged as the SQLite store judges it: the owner's usage once the row (and not the one it replaces) is in.
      const replaced = rows.get(row.id);
      const after = usageOf(row.owner) + row.bytes - (replaced?.owner === row.owner ? replaced.bytes + reportBytes(row.id) : 0);
      if (quotaBytes !== undefined && after > quotaBytes) return 'over_quota';
      reports.delete(row.id);
      rows.set(row.id, row);
      return 'stored';
    },

    async get(id, owner): Promise<StoredAlignment | undefined> {
      state.check();
      const row = owned(id, owner);
      return row && decode(row);
    },

    async head(id, owner): Promise<AlignmentHead | undefined> {
      state.check();
      const row = owned(id, owner);
      return row && { ...summary(row), sourceDate: row.sourceDate, targetDate: row.targetDate };
    },

    async findByKey(key, owner): Promise<StoredAlignment | undefined> {
      state.check();
      let best: EncodedAlignment | undefined;
      for (const row of rows.values()) {
        if (row.key === key && row.owner === owner && (best === undefined || newestFirst(row, best) < 0)) best = row;
      }
      return best && decode(best);
    },

    async list(owner: Owner, page: Page): Promise<AlignmentPage> {
      state.check();
      requirePage(page);
      const mine = [...rows.values()].filter((r) => r.owner === owner);
      const items = mine
        .map(summary)
        .sort(newestFirst)
        .slice(page.offset, page.offset + page.limit);
      return { items, total: mine.length };
    },

    async delete(id, owner): Promise<boolean> {
      state.check();
      if (!owned(id, owner)) return false;
      drop(id);
      return true;
    },

    async usage(owner) {
      state.check();
      return usageOf(owner);
    },

    async deleteOlderThan(createdBefore) {
      state.check();
      requireIsoDate(createdBefore);
      const old = [...rows.values()].filter((r) => r.createdAt < createdBefore);
      for (const row of old) drop(row.id);
      return old.length;
    },

    async putReport(id, format, bytes, quotaBytes) {
      state.check();
      requireQuota(quotaBytes);
      const row = rows.get(id);
      if (!row) return 'no_alignment';
      const forId = reports.get(id) ?? new Map<StoredReportFormat, Uint8Array>();
      const after = usageOf(row.owner) + bytes.byteLength - (forId.get(format)?.byteLength ?? 0);
      if (quotaBytes !== undefined && after > quotaBytes) return 'over_quota';
      forId.set(format, new Uint8Array(bytes));
      reports.set(id, forId);
      return 'stored';
    },

    async getReport(id, format, owner) {
      state.check();
      const bytes = owned(id, owner) && reports.get(id)?.get(format);
      return bytes && new Uint8Array(bytes);
    },

    async close(): Promise<void> {
      if (state.close()) {
        rows.clear();
        reports.clear();
      }
    },
  };
}

function decode(row: EncodedAlignment): StoredAlignment {
  // A copy: later changes to the returned bytes never reach what is stored.
  return { id: row.id, createdAt: row.createdAt, key: row.key, owner: row.owner, json: new Uint8Array(row.json) };
}

function summary(row: EncodedAlignment): AlignmentSummary {
  return { id: row.id, createdAt: row.createdAt, sourceTitle: row.sourceTitle, targetTitle: row.targetTitle };
}
