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
import { asBuffer, ownBytes } from '../workers/transfer';
import { encodeRecord, openState, requireIsoDate, requirePage, requireQuota, type EncodedAlignment } from './record';
import type {
  AlignmentHead,
  AlignmentPage,
  AlignmentStore,
  AlignmentSummary,
  NewAlignment,
  Page,
  PutOutcome,
  StoredAlignment,
  StoredReportFormat,
} from './types';

export interface SqliteStoreOptions {
  /** The data directory (DATA_DIR); created when missing. */
  readonly dir: string;
  /** The database file inside `dir`. */
  readonly fileName?: string;
}

export const DEFAULT_SQLITE_FILE = 'alignments.sqlite';

/** Bumped with every schema change; a file from a newer version is refused rather than misread. */
const SCHEMA_VERSION = 4;

/** Each step takes the file from version i to i + 1, in one transaction. */
const MIGRATIONS: readonly string[] = [
  `CREATE TABLE IF NOT EXISTS alignments (
     id           TEXT PRIMARY KEY NOT NULL,
     created_at   TEXT NOT NULL,
     key          TEXT NOT NULL,
     source_title TEXT,
     target_title TEXT,
     resource     TEXT NOT NULL
   );
   CREATE INDEX IF NOT EXISTS alignments_newest ON alignments (created_at DESC, id);
   CREATE INDEX IF NOT EXISTS alignments_by_key ON alignments (key, created_at DESC, id);`,
  // Owners (API keys), sizes for quotas, and rendered reports. Rows from before keys existed belong to '' (no key).
  `ALTER TABLE alignments ADD COLUMN owner TEXT NOT NULL DEFAULT '';
   ALTER TABLE alignments ADD COLUMN bytes INTEGER NOT NULL DEFAULT 0;
   UPDATE alignments SET bytes = length(CAST(resource AS BLOB));
   DROP INDEX IF EXISTS alignments_by_key;
   CREATE INDEX alignments_owner_newest ON alignments (owner, created_at DESC, id);
   CREATE INDEX alignments_owner_key ON alignments (owner, key, created_at DESC, id);
   CREATE TABLE reports (
     alignment_id TEXT NOT NULL,
     format       TEXT NOT NULL,
     body         BLOB NOT NULL,
     PRIMARY KEY (alignment_id, format)
   );`,
  // The documents' dates beside their titles, so a report is named without reading its resource.
  // Rows from before take them from their resource, once, here (a resource that is not JSON keeps nulls).
  `ALTER TABLE alignments ADD COLUMN source_date TEXT;
   ALTER TABLE alignments ADD COLUMN target_date TEXT;
   UPDATE alignments
     SET source_date = CASE json_type(resource, '$.source.date') WHEN 'text' THEN json_extract(resource, '$.source.date') END,
         target_date = CASE json_type(resource, '$.target.date') WHEN 'text' THEN json_extract(resource, '$.target.date') END
     WHERE json_valid(resource);`,
  // Columns added by ALTER TABLE sit after the resource in each row, so reading them walked the resource's pages (a
  // 20 MB row: thousands). These indexes hold them: an owner's usage (summed in every write's transaction, for the
  // quota) and a row's head (every report, every 304) are read from the index alone.
  `CREATE INDEX alignments_owner_bytes ON alignments (owner, bytes);
   CREATE INDEX alignments_head ON alignments (id, owner, created_at, source_title, target_title, source_date, target_date);`,
];

interface ResourceRow {
  id: string;
  createdAt: string;
  key: string;
  owner: string;
  json: Buffer;
}

// The resource is TEXT in the file (so SQLite's JSON functions and the migrations read it) and bytes to and from it: a
// cast either way keeps the UTF-8 as it is, and nothing is decoded into a string.
const COLUMNS = 'id, created_at AS createdAt, key, owner, CAST(resource AS BLOB) AS json';

/**
 * Opens (creating when needed) the store in `dir`. Async although opening is
 * synchronous here, so that a server database that must connect first can take
 * its place without changing callers.
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

  const insert = db.prepare<[string, string, string, string, string | null, string | null, string | null, string | null, Buffer, number]>(
    `INSERT INTO alignments (id, created_at, key, owner, source_title, target_title, source_date, target_date, resource, bytes)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, CAST(? AS TEXT), ?)
     ON CONFLICT (id) DO UPDATE SET created_at = excluded.created_at, key = excluded.key, owner = excluded.owner,
       source_title = excluded.source_title, target_title = excluded.target_title, source_date = excluded.source_date,
       target_date = excluded.target_date, resource = excluded.resource, bytes = excluded.bytes`,
  );
  const headById = db.prepare<[string, string], AlignmentHead>(
    `SELECT id, created_at AS createdAt, source_title AS sourceTitle, target_title AS targetTitle, source_date AS sourceDate,
       target_date AS targetDate FROM alignments INDEXED BY alignments_head WHERE id = ? AND owner = ?`,
  );
  const byId = db.prepare<[string, string], ResourceRow>(`SELECT ${COLUMNS} FROM alignments WHERE id = ? AND owner = ?`);
  const byKey = db.prepare<[string, string], ResourceRow>(
    `SELECT ${COLUMNS} FROM alignments WHERE key = ? AND owner = ? ORDER BY created_at DESC, id ASC LIMIT 1`,
  );
  const page = db.prepare<[string, number, number], AlignmentSummary>(
    `SELECT id, created_at AS createdAt, source_title AS sourceTitle, target_title AS targetTitle
     FROM alignments WHERE owner = ? ORDER BY created_at DESC, id ASC LIMIT ? OFFSET ?`,
  );
  const count = db.prepare<[string], { n: number }>('SELECT count(*) AS n FROM alignments WHERE owner = ?');
  const remove = db.prepare<[string, string]>('DELETE FROM alignments WHERE id = ? AND owner = ?');
  const removeReports = db.prepare<[string]>('DELETE FROM reports WHERE alignment_id = ?');
  const old = db.prepare<[string], { id: string }>('SELECT id FROM alignments WHERE created_at < ?');
  const removeAny = db.prepare<[string]>('DELETE FROM alignments WHERE id = ?');
  const used = db.prepare<[string, string], { n: number }>(
    `SELECT (SELECT coalesce(sum(bytes), 0) FROM alignments WHERE owner = ?)
          + (SELECT coalesce(sum(length(r.body)), 0) FROM reports r JOIN alignments a ON a.id = r.alignment_id WHERE a.owner = ?) AS n`,
  );
  // By id SQLite takes the primary key's index and then the row, whose owner sits after the resource: the head index holds it.
  const ownerOf = db.prepare<[string], { owner: string }>('SELECT owner FROM alignments INDEXED BY alignments_head WHERE id = ?');
  const insertReport = db.prepare<[string, string, Buffer]>('INSERT OR REPLACE INTO reports (alignment_id, format, body) VALUES (?, ?, ?)');
  const report = db.prepare<[string, string, string], { body: Buffer }>(
    `SELECT r.body FROM reports r JOIN alignments a INDEXED BY alignments_head ON a.id = r.alignment_id
     WHERE r.alignment_id = ? AND r.format = ? AND a.owner = ?`,
  );

  // Thrown inside a write transaction to roll it back when the owner's usage with the write would pass the quota.
  const overQuota = new Error('over quota');
  const refuseOver = (owner: string, quota: number | undefined): void => {
    if (quota !== undefined && (used.get(owner, owner)?.n ?? 0) > quota) throw overQuota;
  };
  const quotaOutcome = (write: () => PutOutcome): PutOutcome => {
    try {
      return write();
    } catch (error) {
      if (error === overQuota) return 'over_quota';
      throw error;
    }
  };
  // A record and its reports change together: a replaced or deleted alignment never keeps a stale report.
  const write = db.transaction((row: EncodedAlignment, quota: number | undefined): PutOutcome => {
    removeReports.run(row.id);
    insert.run(row.id, row.createdAt, row.key, row.owner, row.sourceTitle, row.targetTitle, row.sourceDate, row.targetDate, asBuffer(row.json), row.bytes);
    refuseOver(row.owner, quota);
    return 'stored';
  });
  const deleteOwned = db.transaction((id: string, owner: string): boolean => {
    const gone = remove.run(id, owner).changes > 0;
    if (gone) removeReports.run(id);
    return gone;
  });
  const deleteOld = db.transaction((cutoff: string): number => {
    const ids = old.all(cutoff);
    for (const { id } of ids) {
      removeAny.run(id);
      removeReports.run(id);
    }
    return ids.length;
  });
  // Items and total from one snapshot, so a concurrent write cannot make them disagree.
  const readPage = db.transaction((owner: string, p: Page): AlignmentPage => {
    const items = page.all(owner, p.limit, p.offset);
    return { items, total: count.get(owner)?.n ?? 0 };
  });
  const saveReport = db.transaction((id: string, format: string, bytes: Buffer, quota: number | undefined): PutOutcome => {
    const row = ownerOf.get(id);
    if (!row) return 'no_alignment';
    insertReport.run(id, format, bytes);
    refuseOver(row.owner, quota);
    return 'stored';
  });

  const state = openState();

  return {
    async put(record: NewAlignment, quotaBytes?: number): Promise<PutOutcome> {
      state.check();
      requireQuota(quotaBytes);
      const row = encodeRecord(record);
      return quotaOutcome(() => write(row, quotaBytes));
    },

    async get(id, owner): Promise<StoredAlignment | undefined> {
      state.check();
      return asStored(byId.get(id, owner));
    },

    async head(id, owner): Promise<AlignmentHead | undefined> {
      state.check();
      return headById.get(id, owner);
    },

    async findByKey(key, owner): Promise<StoredAlignment | undefined> {
      state.check();
      return asStored(byKey.get(key, owner));
    },

    async list(owner, p): Promise<AlignmentPage> {
      state.check();
      requirePage(p);
      return readPage(owner, p);
    },

    async delete(id, owner): Promise<boolean> {
      state.check();
      return deleteOwned(id, owner);
    },

    async usage(owner) {
      state.check();
      return used.get(owner, owner)?.n ?? 0;
    },

    async deleteOlderThan(createdBefore) {
      state.check();
      requireIsoDate(createdBefore);
      return deleteOld(createdBefore);
    },

    async putReport(id, format: StoredReportFormat, bytes, quotaBytes) {
      state.check();
      requireQuota(quotaBytes);
      return quotaOutcome(() => saveReport(id, format, asBuffer(bytes), quotaBytes));
    },

    async getReport(id, format, owner) {
      state.check();
      const row = report.get(id, format, owner);
      // Bytes of their own, as the resource's are: movable to another thread whole.
      return row && ownBytes(row.body);
    },

    async close(): Promise<void> {
      if (state.close()) db.close();
    },
  };
}

/** A row's resource as bytes of their own, so that the store's thread can move them: better-sqlite3's are, as a rule. */
function asStored(row: ResourceRow | undefined): StoredAlignment | undefined {
  return row && { ...row, json: ownBytes(row.json) };
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
    for (let v = version; v < SCHEMA_VERSION; v += 1) db.exec(MIGRATIONS[v]!);
    db.pragma(`user_version = ${SCHEMA_VERSION}`);
  }).immediate();
}
