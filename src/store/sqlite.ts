/**
 * The embedded store: one SQLite file under DATA_DIR, through better-sqlite3.
 *
 * A record is one row, its JSON resource last so that listing summaries reads
 * only the head of each row and never the (possibly megabytes of) overflow
 * pages holding the resource.
 */
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { encodeRecord, openState, requirePage, type EncodedAlignment } from './record';
import type { AlignmentPage, AlignmentStore, AlignmentSummary, NewAlignment, Page, StoredAlignment } from './types';

export interface SqliteStoreOptions {
  /** The data directory (DATA_DIR); created when missing. */
  readonly dir: string;
  /** The database file inside `dir`. */
  readonly fileName?: string;
}

export const DEFAULT_SQLITE_FILE = 'alignments.sqlite';

/** Bumped with every schema change; a file from a newer version is refused rather than misread. */
const SCHEMA_VERSION = 1;

const SCHEMA = `
  CREATE TABLE IF NOT EXISTS alignments (
    id           TEXT PRIMARY KEY NOT NULL,
    created_at   TEXT NOT NULL,
    key          TEXT NOT NULL,
    source_title TEXT,
    target_title TEXT,
    resource     TEXT NOT NULL
  );
  CREATE INDEX IF NOT EXISTS alignments_newest ON alignments (created_at DESC, id);
  CREATE INDEX IF NOT EXISTS alignments_by_key ON alignments (key, created_at DESC, id);
`;

interface ResourceRow {
  id: string;
  createdAt: string;
  key: string;
  resource: string;
}

/**
 * Opens (creating when needed) the store in `dir`. Async although opening is
 * synchronous here, so that a server database that must connect first can take
 * its place without changing callers.
 *
 * @example
 * const store = await createSqliteStore({ dir: process.env.DATA_DIR ?? './data' });
 * await store.put({ id, createdAt: new Date().toISOString(), key, resource, sourceTitle: null, targetTitle: null });
 * await store.close(); // on shutdown
 */
export async function createSqliteStore(options: SqliteStoreOptions): Promise<AlignmentStore> {
  fs.mkdirSync(options.dir, { recursive: true });
  const db = new Database(path.join(options.dir, options.fileName ?? DEFAULT_SQLITE_FILE));
  try {
    configure(db);
    migrate(db);
  } catch (error) {
    db.close();
    throw error;
  }

  const insert = db.prepare<[string, string, string, string | null, string | null, string]>(
    `INSERT INTO alignments (id, created_at, key, source_title, target_title, resource) VALUES (?, ?, ?, ?, ?, ?)
     ON CONFLICT (id) DO UPDATE SET created_at = excluded.created_at, key = excluded.key,
       source_title = excluded.source_title, target_title = excluded.target_title, resource = excluded.resource`,
  );
  const byId = db.prepare<[string], ResourceRow>(
    'SELECT id, created_at AS createdAt, key, resource FROM alignments WHERE id = ?',
  );
  const byKey = db.prepare<[string], ResourceRow>(
    'SELECT id, created_at AS createdAt, key, resource FROM alignments WHERE key = ? ORDER BY created_at DESC, id ASC LIMIT 1',
  );
  const page = db.prepare<[number, number], AlignmentSummary>(
    `SELECT id, created_at AS createdAt, source_title AS sourceTitle, target_title AS targetTitle
     FROM alignments ORDER BY created_at DESC, id ASC LIMIT ? OFFSET ?`,
  );
  const count = db.prepare<[], { n: number }>('SELECT count(*) AS n FROM alignments');
  const remove = db.prepare<[string]>('DELETE FROM alignments WHERE id = ?');

  // One row is already atomic; the explicit transaction keeps put all-or-nothing
  // when a record later spans tables (say, summaries apart from resources).
  const write = db.transaction((row: EncodedAlignment) => {
    insert.run(row.id, row.createdAt, row.key, row.sourceTitle, row.targetTitle, row.json);
  });
  // Items and total from one snapshot, so a concurrent write cannot make them disagree.
  const readPage = db.transaction((p: Page): AlignmentPage => {
    const items = page.all(p.limit, p.offset);
    return { items, total: count.get()?.n ?? 0 };
  });

  const state = openState();

  return {
    async put(record: NewAlignment): Promise<void> {
      state.check();
      write(encodeRecord(record));
    },

    async get(id: string): Promise<StoredAlignment | undefined> {
      state.check();
      return decode(byId.get(id));
    },

    async findByKey(key: string): Promise<StoredAlignment | undefined> {
      state.check();
      return decode(byKey.get(key));
    },

    async list(p: Page): Promise<AlignmentPage> {
      state.check();
      requirePage(p);
      return readPage(p);
    },

    async delete(id: string): Promise<boolean> {
      state.check();
      return remove.run(id).changes > 0;
    },

    async close(): Promise<void> {
      if (state.close()) db.close();
    },
  };
}

function configure(db: Database.Database): void {
  // WAL: readers never block the writer, and a crash mid-write leaves only
  // uncommitted frames at the end of the WAL, which recovery ignores.
  db.pragma('journal_mode = WAL');
  // FULL rather than NORMAL: with WAL, NORMAL is already safe from corruption and
  // from a process crash (kill -9), but a power loss can roll back the last
  // commits. The service hands out an alignment's id as soon as put resolves, so
  // that id must survive power loss too; one fsync per put is cheap next to the
  // seconds of alignment work that produced the record.
  db.pragma('synchronous = FULL');
  // Another process on the same file (a CLI, a second server) waits instead of failing at once.
  db.pragma('busy_timeout = 5000');
}

function migrate(db: Database.Database): void {
  const version = db.pragma('user_version', { simple: true }) as number;
  if (version > SCHEMA_VERSION) {
    throw new Error(`the alignment store has schema version ${version}; this build reads up to ${SCHEMA_VERSION}`);
  }
  db.transaction(() => {
    db.exec(SCHEMA);
    db.pragma(`user_version = ${SCHEMA_VERSION}`);
  }).immediate();
}

function decode(row: ResourceRow | undefined): StoredAlignment | undefined {
  if (row === undefined) return undefined;
  return { id: row.id, createdAt: row.createdAt, key: row.key, resource: JSON.parse(row.resource) as unknown };
}
