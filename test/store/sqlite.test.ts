/** What only the SQLite store promises: the file outlives the process, and it is set up as documented. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { createSqliteStore, DEFAULT_SQLITE_FILE, type NewAlignment } from '../../src/store';

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'store-sqlite-'));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

const record = (id: string, i: number): NewAlignment => ({
  id,
  createdAt: new Date(Date.UTC(2026, 10, 23, 10, 0, i)).toISOString(),
  key: `key-${id}`,
  owner: '',
  json: new Uint8Array(Buffer.from(JSON.stringify({ id, text: `clause ${i} — «${'é'.repeat(i)}»`, links: [[i, i + 1]] }))),
  sourceTitle: `source ${i}`,
  targetTitle: i % 2 === 0 ? null : `target ${i}`,
});

it('keeps everything across a close and reopen (a restart)', async () => {
  const first = await createSqliteStore({ dir });
  const records = Array.from({ length: 5 }, (_, i) => record(`r${i}`, i));
  for (const r of records) await first.put(r);
  await first.delete('r2', '');
  const before = await first.list('', { limit: 10, offset: 0 });
  await first.close();

  const second = await createSqliteStore({ dir });
  try {
    expect(await second.list('', { limit: 10, offset: 0 })).toEqual(before);
    expect(before.total).toBe(4);
    for (const r of records.filter((x) => x.id !== 'r2')) {
      expect(await second.get(r.id, '')).toEqual({ id: r.id, createdAt: r.createdAt, key: r.key, owner: '', json: r.json });
      expect((await second.findByKey(r.key, ''))?.id).toBe(r.id);
    }
    expect(await second.get('r2', '')).toBeUndefined();
    await second.put(record('r9', 9));
    expect((await second.list('', { limit: 1, offset: 0 })).items[0]?.id).toBe('r9');
  } finally {
    await second.close();
  }
});

it('creates a missing data directory and uses the named file, in WAL mode', async () => {
  const nested = path.join(dir, 'a', 'b');
  const store = await createSqliteStore({ dir: nested, fileName: 'other.sqlite' });
  await store.put(record('x', 1));
  await store.close();
  expect(fs.existsSync(path.join(nested, 'other.sqlite'))).toBe(true);
  expect(fs.existsSync(path.join(nested, DEFAULT_SQLITE_FILE))).toBe(false);
  const raw = new Database(path.join(nested, 'other.sqlite'), { readonly: true });
  try {
    expect(raw.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(raw.pragma('user_version', { simple: true })).toBe(4);
    expect(raw.prepare('SELECT count(*) AS n FROM alignments').get()).toEqual({ n: 1 });
  } finally {
    raw.close();
  }
});

it('refuses a file written by a newer schema instead of misreading it', async () => {
  const raw = new Database(path.join(dir, DEFAULT_SQLITE_FILE));
  raw.pragma('user_version = 5');
  raw.close();
  await expect(createSqliteStore({ dir })).rejects.toThrow(/schema version 5/);
});

it('reads while another connection writes to the same file', async () => {
  const a = await createSqliteStore({ dir });
  const b = await createSqliteStore({ dir });
  try {
    await a.put(record('one', 1));
    expect((await b.get('one', ''))?.id).toBe('one');
    await b.put(record('two', 2));
    expect((await a.list('', { limit: 10, offset: 0 })).total).toBe(2);
  } finally {
    await a.close();
    await b.close();
  }
});

it('upgrades a version-1 file: its rows keep their JSON, belong to no key, and count their bytes', async () => {
  const raw = new Database(path.join(dir, DEFAULT_SQLITE_FILE));
  raw.exec(`CREATE TABLE alignments (id TEXT PRIMARY KEY NOT NULL, created_at TEXT NOT NULL, key TEXT NOT NULL,
    source_title TEXT, target_title TEXT, resource TEXT NOT NULL);
    CREATE INDEX alignments_newest ON alignments (created_at DESC, id);
    CREATE INDEX alignments_by_key ON alignments (key, created_at DESC, id);`);
  raw.prepare('INSERT INTO alignments VALUES (?, ?, ?, ?, ?, ?)').run('v1', '2026-11-20T10:00:00.000Z', 'k', 'S', null, '{"t":"é"}');
  raw.pragma('user_version = 1');
  raw.close();
  const store = await createSqliteStore({ dir });
  try {
    expect(await store.get('v1', '')).toEqual({
      id: 'v1',
      createdAt: '2026-11-20T10:00:00.000Z',
      key: 'k',
      owner: '',
      json: new Uint8Array(Buffer.from('{"t":"é"}')),
    });
    expect(await store.get('v1', 'some-key')).toBeUndefined();
    expect(await store.usage('')).toBe(Buffer.byteLength('{"t":"é"}'));
  } finally {
    await store.close();
  }
});

it('upgrades a version-2 file: the dates its reports are named by are read once from each stored resource', async () => {
  const raw = new Database(path.join(dir, DEFAULT_SQLITE_FILE));
  raw.exec(`CREATE TABLE alignments (id TEXT PRIMARY KEY NOT NULL, created_at TEXT NOT NULL, key TEXT NOT NULL,
    source_title TEXT, target_title TEXT, resource TEXT NOT NULL, owner TEXT NOT NULL DEFAULT '', bytes INTEGER NOT NULL DEFAULT 0);
    CREATE TABLE reports (alignment_id TEXT NOT NULL, format TEXT NOT NULL, body BLOB NOT NULL, PRIMARY KEY (alignment_id, format));`);
  const insert = raw.prepare('INSERT INTO alignments (id, created_at, key, source_title, target_title, resource, owner) VALUES (?, ?, ?, ?, ?, ?, ?)');
  const json = JSON.stringify({ id: 'v2', source: { title: 'S', date: '2016-02-02' }, target: { title: null, date: null } });
  insert.run('v2', '2026-11-20T10:00:00.000Z', 'k', 'S', null, json, 'me');
  insert.run('odd', '2026-11-20T10:00:01.000Z', 'k2', null, null, '{"source": {"date": 2016}, "target": 3}', 'me');
  raw.pragma('user_version = 2');
  raw.close();
  const store = await createSqliteStore({ dir });
  try {
    expect(await store.head('v2', 'me')).toEqual({
      id: 'v2',
      createdAt: '2026-11-20T10:00:00.000Z',
      sourceTitle: 'S',
      targetTitle: null,
      sourceDate: '2016-02-02',
      targetDate: null,
    });
    expect(await store.head('odd', 'me')).toMatchObject({ sourceDate: null, targetDate: null });
    expect(Buffer.from((await store.get('v2', 'me'))!.json).toString()).toBe(json);
  } finally {
    await store.close();
  }
});

it('keeps the resource as TEXT that SQLite reads as JSON, and reads an owner’s usage and a row’s head without touching the resource', async () => {
  const store = await createSqliteStore({ dir });
  try {
    await store.put(record('r1', 1));
  } finally {
    await store.close();
  }
  const raw = new Database(path.join(dir, DEFAULT_SQLITE_FILE), { readonly: true });
  try {
    expect(raw.prepare("SELECT typeof(resource) AS t, json_valid(resource) AS ok FROM alignments WHERE id = 'r1'").get()).toEqual({ t: 'text', ok: 1 });
    // The columns added later sit after the resource in each row: read from the row, they would walk its overflow pages.
    const plan = (sql: string): string =>
      raw
        .prepare(`EXPLAIN QUERY PLAN ${sql}`)
        .all()
        .map((r) => (r as { detail: string }).detail)
        .join('; ');
    expect(plan("SELECT coalesce(sum(bytes), 0) FROM alignments WHERE owner = 'x'")).toMatch(/COVERING INDEX alignments_owner_bytes/);
    // By id, SQLite would take the primary key's index and then the row: the store names the covering one.
    const head =
      "SELECT created_at, source_title, target_title, source_date, target_date FROM alignments INDEXED BY alignments_head WHERE id = 'r1' AND owner = ''";
    expect(plan(head)).toMatch(/COVERING INDEX alignments_head/);
    expect(plan("SELECT owner FROM alignments INDEXED BY alignments_head WHERE id = 'r1'")).toMatch(/COVERING INDEX alignments_head/);
  } finally {
    raw.close();
  }
});
