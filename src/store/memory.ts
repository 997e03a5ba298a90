/**
 * An in-process store for tests and for running without a disk. It keeps the
 * resource as JSON text, not the caller's object, so it behaves exactly like
 * the SQLite store: later mutation of the input or of a returned value never
 * reaches what is stored, and non-JSON values come back as JSON turns them.
 */
import { encodeRecord, newestFirst, openState, requirePage, type EncodedAlignment } from './record';
import type { AlignmentPage, AlignmentStore, AlignmentSummary, NewAlignment, Page, StoredAlignment } from './types';

/**
 * @example
 * const store = createMemoryStore();
 * await store.put({ id: 'a1', createdAt: new Date().toISOString(), key: 'k', resource: { links: [] }, sourceTitle: null, targetTitle: null });
 * (await store.get('a1'))?.resource; // { links: [] }
 */
export function createMemoryStore(): AlignmentStore {
  const rows = new Map<string, EncodedAlignment>();
  const state = openState();

  return {
    async put(record: NewAlignment): Promise<void> {
      state.check();
      const row = encodeRecord(record);
      rows.set(row.id, row);
    },

    async get(id: string): Promise<StoredAlignment | undefined> {
      state.check();
      const row = rows.get(id);
      return row && decode(row);
    },

    async findByKey(key: string): Promise<StoredAlignment | undefined> {
      state.check();
      let best: EncodedAlignment | undefined;
      for (const row of rows.values()) {
        if (row.key === key && (best === undefined || newestFirst(row, best) < 0)) best = row;
      }
      return best && decode(best);
    },

    async list(page: Page): Promise<AlignmentPage> {
      state.check();
      requirePage(page);
      const items = [...rows.values()]
        .map(summary)
        .sort(newestFirst)
        .slice(page.offset, page.offset + page.limit);
      return { items, total: rows.size };
    },

    async delete(id: string): Promise<boolean> {
      state.check();
      return rows.delete(id);
    },

    async close(): Promise<void> {
      if (state.close()) rows.clear();
    },
  };
}

function decode(row: EncodedAlignment): StoredAlignment {
  return { id: row.id, createdAt: row.createdAt, key: row.key, resource: JSON.parse(row.json) as unknown };
}

function summary(row: EncodedAlignment): AlignmentSummary {
  return { id: row.id, createdAt: row.createdAt, sourceTitle: row.sourceTitle, targetTitle: row.targetTitle };
}
