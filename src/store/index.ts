/** Persistence of alignment results behind one small async interface. */
export type * from './types';
export { createMemoryStore } from './memory';
export { createSqliteStore, DEFAULT_SQLITE_FILE, type SqliteStoreOptions } from './sqlite';
export { createThreadedSqliteStore, type ThreadHooks } from './threaded';
